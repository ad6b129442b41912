import { describe, expect, it } from "vitest";
import {
  deliverablesHref,
  eventsHref,
  practicesHref,
  readDeliverableFilter,
  readEventFilter,
  readPracticeFilter,
} from "./list-filters";

const ID = "0b4c3c1e-6f0a-4f7e-9a55-1d2e3f4a5b6c";

describe("list filters in the address", () => {
  it("read back what the links write", () => {
    const f = {
      status: ["planned" as const, "submitted" as const],
      workPackageId: ID,
      dueFrom: "2026-01-01",
      periodNumber: 3,
    };
    const href = deliverablesHref("p1", f);
    expect(href).toBe(
      `/projects/p1/deliverables?status=planned%2Csubmitted&wp=${ID}&from=2026-01-01&period=3`,
    );
    const query = Object.fromEntries(new URL(href, "http://x").searchParams);
    expect(readDeliverableFilter(query)).toEqual(f);
  });

  it("drop malformed values quietly", () => {
    expect(
      readDeliverableFilter({ status: "nope", wp: "x", from: "31/05/2026", period: "99" }),
    ).toEqual({});
    expect(readEventFilter({ kind: "party", host: ["x", ID], month: "2026-5" })).toEqual({});
  });

  it("keep an empty list of exact records: a figure of zero links to none", () => {
    expect(readDeliverableFilter({ ids: "" })).toEqual({ ids: [] });
    expect(readDeliverableFilter({ ids: `${ID},bad` })).toEqual({ ids: [ID] });
  });

  it("cut and lower-case a theme, and know the counted practices", () => {
    expect(readEventFilter({ theme: ` ${"A".repeat(70)} ` }).theme).toBe("a".repeat(60));
    expect(readPracticeFilter({ status: "counted", owner: ID })).toEqual({
      counted: true,
      owner: ID,
      theme: undefined,
    });
    expect(practicesHref("p1", { counted: true })).toBe("/projects/p1/practices?status=counted");
    expect(eventsHref("p1", { view: "list", kind: "study_visit" })).toBe(
      "/projects/p1/learning?kind=study_visit",
    );
  });
});
