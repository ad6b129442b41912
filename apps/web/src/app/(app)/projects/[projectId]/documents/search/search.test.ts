import { describe, expect, it } from "vitest";
import { countText } from "./result-count";
import { readSearch, searchHref } from "./search-params";
import { splitSnippet } from "./snippet";

describe("splitSnippet", () => {
  it("marks the words between the markers and keeps markup as plain text", () => {
    expect(splitSnippet("a ⟦peer⟧ review <b>x</b> ⟦visit⟧")).toEqual([
      { text: "a ", hit: false },
      { text: "peer", hit: true },
      { text: " review <b>x</b> ", hit: false },
      { text: "visit", hit: true },
    ]);
  });

  it("survives stray markers", () => {
    expect(splitSnippet("⟧end ⟦open")).toEqual([
      { text: "end ", hit: false },
      { text: "open", hit: true },
    ]);
    expect(splitSnippet("")).toEqual([]);
  });
});

describe("readSearch", () => {
  it("explains what the person typed wrong", () => {
    expect(readSearch({ q: "a" }).errors).toEqual({ q: "Type at least 2 characters" });
    expect(readSearch({ q: "medtech", from: "2026-05-02", to: "2026-05-01" }).errors).toEqual({
      to: "'To' must not be before 'from'",
    });
    expect(readSearch({ q: "medtech", from: "31/05/2026" }).errors.from).toMatch(/2026-05-31/);
    expect(readSearch({}).errors).toEqual({});
  });

  it("drops unknown filter values and odd pages quietly", () => {
    const { values } = readSearch({ q: " agenda ", partner: "x", type: "exe", page: "-3" });
    expect(values).toMatchObject({ q: "agenda", partner: "", type: "", page: 1 });
  });

  it("writes only what is set into the address", () => {
    expect(searchHref("p1", { q: "peer review", category: "", page: 1 })).toBe(
      "/projects/p1/documents/search?q=peer+review",
    );
    expect(searchHref("p1", { q: "x y", type: "pdf", page: 3 })).toBe(
      "/projects/p1/documents/search?q=x+y&type=pdf&page=3",
    );
  });
});

describe("countText", () => {
  it("says when the count stopped at the cap", () => {
    expect(countText({ total: 1, totalIsLowerBound: false })).toBe("1 document matches");
    expect(countText({ total: 2611, totalIsLowerBound: false })).toBe("2,611 documents match");
    expect(countText({ total: 3000, totalIsLowerBound: true })).toBe("3,000+ documents match");
  });
});
