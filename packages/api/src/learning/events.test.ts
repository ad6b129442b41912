import { describe, expect } from "vitest";
import { it, refused } from "../testing/fixture";
import { type Harness, trpcError } from "../testing/harness";

/** A partner editor of a new partner region (short name and country as given). */
async function editorOf(h: Harness, shortName: string, country: string, nutsCode: string) {
  const partner = await h.f.newPartner({ shortName, country, nutsCode });
  return (await h.f.newMember({ role: "partner_editor", partnerId: partner.id })).id;
}

describe("learning events", () => {
  it("refuses bad input field by field and saves nothing", async ({
    learning: fx,
    h,
    lead,
    projectId,
  }) => {
    const before = await h.auditCount();
    const base = { projectId, ...fx.eventInput() };
    const reversed = await refused(
      lead.learningEvents.create({ ...base, startDate: "2026-05-02", endDate: "2026-05-01" }),
    );
    expect(reversed).toMatchObject({ code: "BAD_REQUEST" });
    expect(reversed.fields).toHaveProperty("endDate");
    const noPlace = await refused(lead.learningEvents.create({ ...base, city: null }));
    expect(noPlace.fields).toHaveProperty("city");
    const otherProject = await refused(
      lead.learningEvents.create({ ...base, hostPartnerId: h.f.partnerB }),
    );
    expect(otherProject.fields).toEqual({
      hostPartnerId: ["This partner is not part of the project"],
    });
    expect(await h.auditCount()).toBe(before);
    // Online events need no place.
    await expect(
      lead.learningEvents.create({ ...base, online: true, city: null, country: null }),
    ).resolves.toMatchObject({ version: 1 });
  });

  it("counts participants by partner and country, and warns when peers come from too few countries", async ({
    learning: fx,
    h,
    lead,
    projectId,
  }) => {
    const review = await fx.newPeerReview();
    const add = (o: Record<string, unknown>) =>
      lead.learningEvents.participants.add({ projectId, eventId: review.id, role: "peer", ...o });
    await add({ userId: h.f.users.partner_editor.id, role: "host" });
    await add({ userId: h.f.users.editorIt.id, increasedCapacity: true });
    let got = await lead.learningEvents.get({ projectId, eventId: review.id });
    expect(got.warnings).toEqual([
      expect.objectContaining({
        code: "peer_countries",
        message: expect.stringContaining("only from Italy"),
      }),
    ]);
    await add({ userId: await editorOf(h, "Limburg", "NL", "NL42"), increasedCapacity: true });
    await add({
      guestName: "Helen Walsh",
      guestOrganisation: "Policy Learning Platform",
      partnerId: null,
      country: "BE",
      role: "expert",
    });
    await add({
      userId: await editorOf(h, "Uusimaa", "FI", "FI1B"),
      increasedCapacity: false,
    });
    got = await lead.learningEvents.get({ projectId, eventId: review.id });
    expect(got.warnings).toEqual([]);
    expect(got.counts.total).toBe(5);
    expect(got.counts.increasedCapacity).toBe(2);
    expect(Object.fromEntries(got.counts.byCountry.map((c) => [c.country, c.count]))).toEqual({
      SE: 1,
      IT: 1,
      NL: 1,
      FI: 1,
      BE: 1,
    });
    const partners = Object.fromEntries(got.counts.byPartner.map((c) => [c.partnerName, c.count]));
    expect(partners).toMatchObject({ "Region Stockholm": 1, Lombardia: 1, Limburg: 1, Uusimaa: 1 });
    expect(got.participants.find((p) => p.name === "Helen Walsh")).toMatchObject({
      partnerId: null,
      country: "BE",
      organisation: "Policy Learning Platform",
    });
    const listed = await lead.learningEvents.list({ projectId, kind: "peer_review", q: got.title });
    expect(listed.events).toEqual([
      expect.objectContaining({ id: review.id, warnings: [], counts: got.counts }),
    ]);
  });

  it("refuses a participant twice (a guest regardless of case) with a field error", async ({
    learning: fx,
    h,
    lead,
    projectId,
  }) => {
    const e = await fx.newEvent();
    const guest = {
      projectId,
      eventId: e.id,
      guestName: "Johan Ek",
      guestOrganisation: "Karolinska University Hospital",
      partnerId: h.f.partnersA.se,
      role: "stakeholder" as const,
    };
    await lead.learningEvents.participants.add(guest);
    const again = await refused(
      lead.learningEvents.participants.add({
        ...guest,
        guestName: "JOHAN EK",
        guestOrganisation: "karolinska university hospital",
      }),
    );
    expect(again.code).toBe("BAD_REQUEST");
    expect(again.fields).toHaveProperty("guestName");
    const person = {
      projectId,
      eventId: e.id,
      userId: h.f.users.editorIt.id,
      role: "participant" as const,
    };
    await lead.learningEvents.participants.add(person);
    expect((await refused(lead.learningEvents.participants.add(person))).fields).toEqual({
      userId: ["This person is already a participant"],
    });
    const both = await refused(
      lead.learningEvents.participants.add({ ...person, guestName: "X Y" }),
    );
    expect(both.fields).toHaveProperty("guestName");
    const got = await lead.learningEvents.get({ projectId, eventId: e.id });
    expect(got.counts.total).toBe(2);
  });

  it("lets other partners' editors log their own people, and only the host edit the event", async ({
    editor: anna,
    learning: fx,
    h,
    projectId,
    editorIt: giulia,
  }) => {
    const e = await fx.newEvent(); // hosted by Region Stockholm
    const own = await giulia.learningEvents.participants.add({
      projectId,
      eventId: e.id,
      userId: h.f.users.editorIt.id,
      role: "participant",
      increasedCapacity: true,
    });
    await expect(
      giulia.learningEvents.participants.update({
        projectId,
        participantId: own.id,
        version: own.version,
        partnerId: h.f.partnersA.it,
        role: "speaker",
        increasedCapacity: false,
      }),
    ).resolves.toMatchObject({ version: 2 });
    // Nor may they count someone for another partner, or take over another partner's row.
    const sanneId = await editorOf(h, "Limburg (2)", "NL", "NL42");
    const asIt = { projectId, eventId: e.id, userId: sanneId, role: "participant" as const };
    const wrong = await refused(
      giulia.learningEvents.participants.add({ ...asIt, partnerId: h.f.partnersA.it }),
    );
    expect(wrong.fields).toHaveProperty("partnerId");
    const sanne = await anna.learningEvents.participants.add({ ...asIt, increasedCapacity: null });
    const takeOver = giulia.learningEvents.participants.update({
      projectId,
      participantId: sanne.id,
      version: sanne.version,
      partnerId: h.f.partnersA.it,
      role: "participant",
      increasedCapacity: null,
    });
    expect((await trpcError(takeOver)).code).toBe("FORBIDDEN");
    const stockholmGuest = await fx.newGuest(e.id);
    expect(
      (
        await trpcError(
          giulia.learningEvents.participants.remove({
            projectId,
            participantId: stockholmGuest.id,
            version: stockholmGuest.version,
          }),
        )
      ).code,
    ).toBe("FORBIDDEN");
    const edit = { projectId, ...fx.eventInput(), eventId: e.id, version: e.version };
    expect((await trpcError(giulia.learningEvents.update(edit))).code).toBe("FORBIDDEN");
    const move = anna.learningEvents.update({ ...edit, hostPartnerId: h.f.partnersA.it });
    expect((await trpcError(move)).code).toBe("FORBIDDEN");
    await expect(anna.learningEvents.update(edit)).resolves.toMatchObject({ version: 2 });
  });

  it("lets an editor propose an event hosted elsewhere", async ({
    editor: anna,
    editorIt,
    learning: fx,
    projectId,
  }) => {
    const e = await editorIt.learningEvents.create({ projectId, ...fx.eventInput() });
    const got = await editorIt.learningEvents.get({ projectId, eventId: e.id });
    expect(got).toMatchObject({ hostPartnerName: "Region Stockholm", can: { edit: false } });
    expect((await anna.learningEvents.get({ projectId, eventId: e.id })).can.edit).toBe(true);
  });

  it("answers a stale save with CONFLICT and keeps the newer text", async ({
    editor: anna,
    learning: fx,
    lead,
    projectId,
  }) => {
    const e = await fx.newEvent();
    const edit = { projectId, ...fx.eventInput(), eventId: e.id, version: e.version };
    await anna.learningEvents.update({ ...edit, summary: "Anna's summary" });
    const stale = await trpcError(
      lead.learningEvents.update({ ...edit, summary: "Mette's summary" }),
    );
    expect(stale.code).toBe("CONFLICT");
    expect(stale.message).toMatch(/changed by someone else/);
    const got = await lead.learningEvents.get({ projectId, eventId: e.id });
    expect(got).toMatchObject({ summary: "Anna's summary", version: 2 });
    const del = await trpcError(
      lead.learningEvents.delete({ projectId, eventId: e.id, version: 1 }),
    );
    expect(del.code).toBe("CONFLICT");
  });

  it("keeps a peer review's recommendations as an ordered to-do list", async ({
    editor: anna,
    learning: fx,
    lead,
    projectId,
  }) => {
    const review = await fx.newPeerReview();
    const a = await fx.newRecommendation(review.id, "Create one entry point for SMEs");
    const b = await fx.newRecommendation(review.id, "Publish unmet needs twice a year");
    await anna.learningEvents.recommendations.reorder({
      projectId,
      eventId: review.id,
      recommendationIds: [b.id, a.id],
    });
    await anna.learningEvents.recommendations.update({
      projectId,
      recommendationId: a.id,
      version: a.version,
      text: "Create one entry point for SMEs",
      status: "in_progress",
    });
    const got = await lead.learningEvents.get({ projectId, eventId: review.id });
    expect(got.recommendations.map((r) => [r.text, r.status])).toEqual([
      ["Publish unmet needs twice a year", "open"],
      ["Create one entry point for SMEs", "in_progress"],
    ]);
    const staleRec = anna.learningEvents.recommendations.update({
      projectId,
      recommendationId: a.id,
      version: a.version,
      text: "Something else",
      status: "done",
    });
    expect((await trpcError(staleRec)).code).toBe("CONFLICT");
    const partial = anna.learningEvents.recommendations.reorder({
      projectId,
      eventId: review.id,
      recommendationIds: [a.id],
    });
    expect((await trpcError(partial)).code).toBe("CONFLICT");
    const visit = await fx.newEvent();
    const onVisit = await refused(
      anna.learningEvents.recommendations.add({ projectId, eventId: visit.id, text: "x" }),
    );
    expect(onVisit.fields).toHaveProperty("eventId");
    const kind = await refused(
      anna.learningEvents.update({
        projectId,
        ...fx.eventInput({ kind: "study_visit" }),
        eventId: review.id,
        version: review.version,
      }),
    );
    expect(kind.fields).toHaveProperty("kind");
  });

  it("shows a calendar range and hides deleted events", async ({
    editor: anna,
    learning: fx,
    lead,
    projectId,
  }) => {
    const e = await fx.newEvent({ startDate: "2031-06-01", endDate: "2031-06-03" });
    const range = { projectId, from: "2031-06-02", to: "2031-06-30" };
    expect((await lead.learningEvents.calendar(range)).map((x) => x.id)).toEqual([e.id]);
    const tooLong = await refused(
      lead.learningEvents.calendar({ projectId, from: "2025-01-01", to: "2031-01-01" }),
    );
    expect(tooLong.fields).toHaveProperty("to");
    await anna.learningEvents.delete({ projectId, eventId: e.id, version: e.version });
    expect(await lead.learningEvents.calendar(range)).toEqual([]);
    const gone = await trpcError(lead.learningEvents.get({ projectId, eventId: e.id }));
    expect(gone.code).toBe("NOT_FOUND");
  });

  it("lists events with their warnings, and filters them by theme", async ({
    learning: fx,
    h,
    lead,
    projectId,
  }) => {
    const peer = (eventId: string, userId: string) =>
      lead.learningEvents.participants.add({ projectId, eventId, userId, role: "peer" });
    const nl = await editorOf(h, "Limburg (3)", "NL", "NL42");
    const wide = await fx.newPeerReview({ title: "Peer review of Stockholm's hospitals" });
    await peer(wide.id, h.f.users.editorIt.id);
    await peer(wide.id, nl);
    const narrow = await fx.newPeerReview({ title: "Peer review in Pomorskie" });
    await peer(narrow.id, h.f.users.editorIt.id);
    const uusimaa = await h.f.newPartner({ shortName: "Uusimaa", country: "FI", nutsCode: "FI1B" });
    await fx.newEvent({ hostPartnerId: uusimaa.id, themes: ["digital health"] });

    const reviews = await lead.learningEvents.list({
      projectId,
      kind: "peer_review",
      pageSize: 200,
    });
    const stockholm = reviews.events.find((e) => e.title.includes("Stockholm's hospitals"));
    expect(stockholm?.warnings).toEqual([]);
    const gdansk = reviews.events.find((e) => e.title.includes("Pomorskie"));
    expect(gdansk?.warnings.map((w) => w.code)).toEqual(["peer_countries"]);
    const byTheme = await lead.learningEvents.list({ projectId, theme: "digital health" });
    expect(byTheme.events.map((e) => e.hostPartnerName)).toEqual(["Uusimaa"]);
  });
});
