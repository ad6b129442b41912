import { describe, expect } from "vitest";
import { type Caller, it, test } from "../testing/fixture";

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
 * Bea is project B's lead coordinator: the fixture's `outsider`, called `lead` here.
 */
test.beforeAll(async ({ f, outsider: lead, learning: fx }) => {
  const projectId = f.projectB.id;
  const event = async (startDate: string) =>
    (
      await lead.learningEvents.create({
        projectId,
        ...fx.eventInput({
          hostPartnerId: f.partnerB,
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
  const bea = { userId: f.users.memberB.id };
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

const pc = async (lead: Caller, projectId: string) => {
  const list = await lead.indicators.list({ projectId });
  const indicator = list.indicators.find((i) => i.computedKey === "people_capacity");
  if (!indicator) throw new Error("no PC indicator");
  return indicator;
};

describe("people with increased professional capacity", () => {
  it("counts each person once a period and once cumulatively, participations beside", async ({
    f,
    outsider: lead,
  }) => {
    const ind = await pc(lead, f.projectB.id);
    expect(ind.periods.slice(0, 2).map((p) => [p.value, p.cumulative, p.participations])).toEqual([
      ["4", "4", 5],
      ["2", "4", 2],
    ]);
    expect([ind.cumulative, ind.participations]).toEqual(["4", 7]);
    // The split by partner sums to the people counted (all came for Crete, the host).
    const crete = ind.byPartner?.find((p) => p.partnerId === f.partnerB);
    expect(crete?.periods.slice(0, 2)).toEqual(["4", "2"]);
    expect(crete?.cumulative).toBe("4");
    expect(ind.description).toMatch(/once in a period and once in the cumulative/);
    expect(ind.description).toMatch(/guests by e-mail/);
  });

  it("carries people and participations into the period report", async ({ f, outsider: lead }) => {
    const report = await lead.periodReports.get({ projectId: f.projectB.id, periodNumber: 2 });
    const row = report.model.indicators.find((i) => i.code === "PC");
    expect(row).toMatchObject({
      previously: 4,
      thisPeriod: 2,
      cumulative: 4,
      participations: { thisPeriod: 2, cumulative: 7 },
    });
  });

  it("keeps a lead's override of a period in the cumulative, people still counted once", async ({
    f,
    outsider: lead,
  }) => {
    const projectId = f.projectB.id;
    const ind = await pc(lead, projectId);
    await lead.indicators.setValue({
      projectId,
      indicatorId: ind.id,
      periodNumber: 1,
      value: "6",
      justification: "Two more people signed the attendance list on paper only",
    });
    const after = await pc(lead, projectId);
    expect(after.periods.slice(0, 2).map((p) => [p.value, p.cumulative])).toEqual([
      ["6", "6"],
      ["2", "6"],
    ]);
  });

  it("stores a guest's e-mail in lower case and refuses one that is not an address", async ({
    f,
    outsider: lead,
  }) => {
    const projectId = f.projectB.id;
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
