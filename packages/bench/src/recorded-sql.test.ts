import { describe, expect, it } from "vitest";
import { learnIds, rebound, statementCount } from "./recorded-sql";

describe("replaying recorded writes", () => {
  it("learns the keys a replayed insert generated, and only those that changed", () => {
    const ids = new Map<unknown, unknown>();
    learnIds({ id: "recorded-control", version: 1 }, { id: "replayed-control", version: 1 }, ids);
    learnIds({ id: "same" }, { id: "same" }, ids);
    expect([...ids]).toEqual([["recorded-control", "replayed-control"]]);
  });

  it("sends the replayed key in place of the recorded one, leaving other values alone", () => {
    const ids = new Map<unknown, unknown>([["recorded-control", "replayed-control"]]);
    const when = new Date("2026-12-08T00:00:00Z");
    expect(rebound(["recorded-control", "item-1", 3, when, null], ids)).toEqual([
      "replayed-control",
      "item-1",
      3,
      when,
      null,
    ]);
  });

  it("passes the values through untouched when nothing was generated", () => {
    const values = ["a", 1];
    expect(rebound(values, new Map())).toBe(values);
  });

  it("counts the statements of every wave", () => {
    const s = { text: "select 1", values: [] };
    expect(statementCount([[s], [s, s], []])).toBe(3);
  });
});
