import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness";
import { learningFixtures } from "../testing/learning-fixtures";

/**
 * Issue 16 #6: a guest who came with no partner and gave no country is not a country. Three
 * participants from Sweden, Italy and nowhere given: two countries, one without.
 */
let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h?.close());

describe("an event's countries", () => {
  it("counts only countries that are known, and the participants without one apart", async () => {
    const fx = learningFixtures(h);
    const event = await fx.newEvent();
    await fx.newGuest(event.id, { partnerId: h.f.partnersA.se });
    await fx.newGuest(event.id, { partnerId: h.f.partnersA.it });
    await fx.newGuest(event.id, { partnerId: null });
    const lead = await h.callerFor(h.f.users.lead_coordinator.id);
    const projectId = h.f.projectA.id;
    const got = await lead.learningEvents.get({ projectId, eventId: event.id });
    expect(got.counts).toMatchObject({
      total: 3,
      countries: 2,
      countryNotGiven: 1,
      byCountry: expect.arrayContaining([
        { country: "SE", count: 1 },
        { country: "IT", count: 1 },
      ]),
    });
    expect(got.counts.byCountry).toHaveLength(2);
    const listed = await lead.learningEvents.list({ projectId, q: got.title });
    expect(listed.events.find((e) => e.id === event.id)?.counts).toEqual(got.counts);
  });
});
