import { TRPCError } from "@trpc/server";
import fc from "fast-check";
import { describe, expect } from "vitest";
import { it } from "./testing/fixture";
import type { Who } from "./testing/harness";
import { type Access, callAs, fileMatrix } from "./testing/matrix";

const MATRIX = fileMatrix();

/**
 * Generated input over every procedure: an allowed caller sends the matrix's valid input with
 * one leaf replaced by something hostile (text that cannot be stored, odd Unicode, huge or
 * negative numbers, the wrong type). Whatever comes back, it is never a server error: text
 * that cannot be stored is a field error (400), everything else is answered or refused.
 */
const UNSTORABLE = ["\u0000", "a\u0000b", "\ud800", "x\udfffy", "\udc00\ud800"];
const hostileText = fc.oneof(
  fc.constantFrom(...UNSTORABLE),
  fc.constantFrom(
    "",
    " ",
    "'; drop table projects; --",
    '=HYPERLINK("http://evil.example")',
    "../../etc/passwd",
    "\u202eevil",
    "💶".repeat(3000),
    "x".repeat(100_000),
    "00000000-0000-0000-0000-000000000000",
    "2026-02-30",
    "9999-12-31",
  ),
  fc.string({ unit: "binary", maxLength: 40 }),
);
const hostileOther = fc.constantFrom<unknown>(
  null,
  true,
  0,
  -1,
  0.5,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 53,
  1e308,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  [],
  {},
);

type Leaf = (string | number)[];
/** Paths to every leaf of an input (an empty path is the input itself). */
function leaves(value: unknown, at: Leaf = []): Leaf[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, [...at, i]));
  if (value && typeof value === "object" && !(value instanceof Date))
    return Object.entries(value).flatMap(([k, v]) => leaves(v, [...at, k]));
  return [at];
}
function replaced(value: unknown, at: Leaf, by: unknown): unknown {
  if (at.length === 0) return by;
  const [key, ...rest] = at as [string | number, ...Leaf];
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    unknown
  >;
  copy[key] = replaced(copy[key], rest, by);
  return copy;
}
const allowedCaller = (access: Access): Who =>
  access === "admin"
    ? "admin"
    : access === "public" || access === "authed" || access.includes("lead_coordinator")
      ? "lead_coordinator"
      : (access[0] as Who);

describe("generated input", () => {
  it.for(Object.keys(MATRIX))(
    "%s answers hostile input without a server error",
    async (path, { h }) => {
      const entry = MATRIX[path];
      if (!entry) throw new Error(`${path} is missing from the matrix`);
      const who = allowedCaller(entry.roles);
      await fc.assert(
        fc.asyncProperty(
          fc.nat(),
          fc.oneof({ arbitrary: hostileText, weight: 3 }, { arbitrary: hostileOther, weight: 1 }),
          async (pick, by) => {
            const valid = await entry.input(h.f);
            const paths = leaves(valid);
            const at = paths[pick % paths.length] ?? [];
            let code = "ok";
            try {
              await callAs(h, who, path, replaced(valid, at, by));
            } catch (err) {
              code = err instanceof TRPCError ? err.code : `thrown ${String(err)}`;
            }
            expect(code).not.toBe("INTERNAL_SERVER_ERROR");
            expect(code).not.toMatch(/^thrown/);
            if (typeof by === "string" && UNSTORABLE.includes(by)) expect(code).toBe("BAD_REQUEST");
          },
        ),
        { numRuns: 6, seed: 20261207 },
      );
    },
  );
});
