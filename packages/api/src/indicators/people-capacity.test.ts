import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Caller } from "../testing/harness";
import { createHarness, type Harness } from "../testing/harness";
import { learningFixtures } from "../testing/learning-fixtures";

/**
 * Issue 16 #5: "people with increased professional capacity" counts people, not
 * participations — each person once in a period and once cumulatively (as the EU indicators
 * eliminate multiple counting): members by account, guests by e-mail where given, a guest
 * without one per participation. The participations are shown beside it.
 *
 * Project B (periods: 2025's first half, its second half), hosted by Crete:
 *   event 1 (February 2025): Bea (member), Ann (guest, e-mail), Bob (guest, no e-mail), Cid (no)
 *   event 2 (March 2025):    Bea, Bob (no e-mail again)
 *   event 3 (September 2025): Bea, Ann (the same e-mail, written otherwise)
 * Period 1: 5 participations of 4 people (Bob twice, unrecognisable); period 2: 2 of 2;
 * cumulatively 7 participations of 4 people (Bea, Ann, Bob, Bob).
 */
let h: Harness;
let lead: Caller;
let projectId: string;

beforeAll(async () => {
  h = await createHarness();
  projectId = h.f.projectB.id;
  const fx = learningFixtures(h);
  lead = await h.callerFor(h.f.users.memberB.id);
  const event = async (startDate: string) =>
    (
      await lead.learningEvents.create({
        projectId,
        ...fx.eventInput({
          hostPartnerId: h.f.partnerB,
          startDate,
          endDate: startDate,
          city: "Heraklion",
          country: "EL",
        }),
      })
    ).id;
  const add = (eventId: string, who: Record<string, unknown>, increasedCapacity = true) =>
    lead.learningEvents.participants.add({
      projectId,
      eventId,
      role: "stakeholder",
      increasedCapacity,
      ...who,
    });
  const bea = { userId: h.f.users.memberB.id };
  const guest = (name: string, guestEmail?: string) => ({
    guestName: name,
    guestOrganisation: "University of Crete",
    partnerId: null,
    country: "EL",
    ...(guestEmail === undefined ? {} : { guestEmail }),
  });
  const e1 = await event("2025-02-10");
  const e2 = await event("2025-03-10");
  const e3 = await event("2025-09-10");
  await add(e1, bea);
  await add(e1, guest("Ann Alexiou", "ann@example.org"));
  await add(e1, guest("Bob Bakas"));
  await add(e1, guest("Cid Chronis", "cid@example.org"), false);
  await add(e2, bea);
  await add(e2, guest("Bob Bakas"));
  await add(e3, bea);
  await add(e3, guest("Ann Alexiou", " ANN@Example.org "));
});
afterAll(async () => h?.close());

const pc = async () => {
  const list = await lead.indicators.list({ projectId });
  const indicator = list.indicators.find((i) => i.computedKey === "people_capacity");
  if (!indicator) throw new Error("no PC indicator");
  return indicator;
};

describe("people with increased professional capacity", () => {
  it("counts each person once a period and once cumulatively, participations beside", async () => {
    const ind = await pc();
    expect(ind.periods.slice(0, 2).map((p) => [p.value, p.cumulative, p.participations])).toEqual([
      ["4", "4", 5],
      ["2", "4", 2],
    ]);
    expect([ind.cumulative, ind.participations]).toEqual(["4", 7]);
    // The split by partner sums to the people counted (all came for Crete, the host).
    const crete = ind.byPartner?.find((p) => p.partnerId === h.f.partnerB);
    expect(crete?.periods.slice(0, 2)).toEqual(["4", "2"]);
    expect(crete?.cumulative).toBe("4");
    expect(ind.description).toMatch(/once in a period and once in the cumulative/);
    expect(ind.description).toMatch(/guests by e-mail/);
  });

  it("carries people and participations into the period report", async () => {
    const report = await lead.periodReports.get({ projectId, periodNumber: 2 });
    const row = report.model.indicators.find((i) => i.code === "PC");
    expect(row).toMatchObject({
      previously: 4,
      thisPeriod: 2,
      cumulative: 4,
      participations: { thisPeriod: 2, cumulative: 7 },
    });
  });

  it("keeps a lead's override of a period in the cumulative, people still counted once", async () => {
    const ind = await pc();
    await lead.indicators.setValue({
      projectId,
      indicatorId: ind.id,
      periodNumber: 1,
      value: "6",
      justification: "Two more people signed the attendance list on paper only",
    });
    const after = await pc();
    expect(after.periods.slice(0, 2).map((p) => [p.value, p.cumulative])).toEqual([
      ["6", "6"],
      ["2", "6"],
    ]);
  });

  it("stores a guest's e-mail in lower case and refuses one that is not an address", async () => {
    const event = await lead.learningEvents.list({ projectId });
    const eventId = event.events[0]?.id ?? "";
    const bad = await lead.learningEvents.participants
      .add({
        projectId,
        eventId,
        role: "stakeholder",
        guestName: "Dora Dimou",
        guestOrganisation: "FORTH",
        partnerId: null,
        country: "EL",
        guestEmail: "not an address",
      })
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(JSON.stringify(bad)).toMatch(/e-mail address/);
    const got = await lead.learningEvents.get({ projectId, eventId });
    const emails = got.participants.map((p) => p.guestEmail).filter(Boolean);
    expect(emails.every((e) => e === e?.toLowerCase())).toBe(true);
  });
});
