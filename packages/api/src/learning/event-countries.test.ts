import { describe, expect } from "vitest";
import { it } from "../testing/fixture";

/**
 * Issue 16 #6: a guest who came with no partner and gave no country is not a country. Three
 * participants from Sweden, Italy and nowhere given: two countries, one without.
 */
describe("an event's countries", () => {
  it("counts only countries that are known, and the participants without one apart", async ({
    f,
    learning,
    lead,
    projectId,
  }) => {
    const event = await learning.newEvent();
    await learning.newGuest(event.id, { partnerId: f.partnersA.se });
    await learning.newGuest(event.id, { partnerId: f.partnersA.it });
    await learning.newGuest(event.id, { partnerId: null });
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
