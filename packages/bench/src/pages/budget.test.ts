import { describe, expect, it } from "vitest";
import { compareWithBudget, formatVerdicts, parseBudget } from "./budget";

const budget = { home: 140, documents: 140, desk: 140, "work-plan": 140, report: 145 };
const kib = (n: number) => Math.round(n * 1024);

describe("page-weight budget", () => {
  it("passes when every page is within its budget", () => {
    const verdicts = compareWithBudget(
      [
        { page: "home", path: "/projects/p", gzipBytes: kib(139.9) },
        { page: "report", path: "/projects/p/reports/2", gzipBytes: kib(145) },
      ],
      parseBudget(budget),
    );
    expect(verdicts.map((v) => v.over)).toEqual([false, false]);
    expect(formatVerdicts(verdicts).failure).toBeNull();
  });

  it("fails naming the page whose first-load JavaScript grew past its budget", () => {
    const verdicts = compareWithBudget(
      [
        { page: "home", path: "/projects/p", gzipBytes: kib(120) },
        { page: "desk", path: "/projects/p/desk", gzipBytes: kib(140.5) },
      ],
      parseBudget(budget),
    );
    const { failure, table } = formatVerdicts(verdicts);
    expect(failure).toContain("desk 140.5 KiB > 140 KiB");
    expect(failure).not.toContain("home");
    expect(table).toMatch(/^OVER {2}desk/m);
  });

  it("refuses a budget file that misses a page, names an unknown one or gives no size", () => {
    const { desk: _, ...noDesk } = budget;
    expect(() => parseBudget(noDesk)).toThrow("desk needs a budget");
    expect(() => parseBudget({ ...budget, admin: 100 })).toThrow("unknown pages admin");
    expect(() => parseBudget({ ...budget, home: 0 })).toThrow("home needs a budget");
    expect(() => parseBudget({ ...budget, home: "150" })).toThrow("home needs a budget");
  });
});
