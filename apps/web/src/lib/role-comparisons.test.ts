import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Pages never decide from role names: the API says what the caller may do (`can: {…}` on the
 * project overview and on every record) and the UI reads those flags. Showing a role as a label
 * is fine, so the label files may name roles; a comparison anywhere else is a rule written a
 * second time, and sooner or later it disagrees with the API's.
 */
const SRC = path.resolve(import.meta.dirname, "..");
const LABEL_FILES = new Set([path.join(SRC, "lib", "labels.ts")]);
const ROLES = [
  "lead_coordinator",
  "partner_editor",
  "partner_viewer",
  "observer",
  "controller",
  "admin",
];

const role = `["'\`](?:${ROLES.join("|")})["'\`]`;
/** `x === "observer"`, `"admin" !== x` (loose equality too), and `case "observer":`. */
const COMPARISON = new RegExp(
  `(?:[!=]==?\\s*${role})|(?:${role}\\s*[!=]==?)|(?:\\bcase\\s+${role}\\s*:)`,
  "g",
);

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sources(full);
    return /\.tsx?$/.test(e.name) ? [full] : [];
  });
}

/** Each role comparison in the text, as "file:line: code". */
function roleComparisons(file: string, text: string): string[] {
  return [...text.matchAll(COMPARISON)].map((m) => {
    const line = text.slice(0, m.index).split("\n").length;
    const code = text.split("\n")[line - 1]?.trim() ?? "";
    return `${path.relative(SRC, file)}:${line}: ${code}`;
  });
}

describe("role names in the web app", () => {
  it("are never compared outside the label files", () => {
    const self = path.resolve(import.meta.filename);
    const found = sources(SRC)
      .filter((f) => f !== self && !LABEL_FILES.has(f))
      .flatMap((f) => roleComparisons(f, fs.readFileSync(f, "utf8")));
    expect(found).toEqual([]);
  });

  it("recognises the ways a comparison is written, and leaves labels and types alone", () => {
    const hits = (code: string) => roleComparisons(path.join(SRC, "x.tsx"), code).length;
    expect(hits(`if (overview.myRole === "partner_editor") notFound();`)).toBe(1);
    expect(hits(`const lead = role === 'lead_coordinator' || role === "admin";`)).toBe(2);
    expect(hits(`v.role !==\n  "observer"`)).toBe(1);
    expect(hits(`"observer" === v.role`)).toBe(1);
    expect(hits("switch (role) { case `partner_viewer`: return 1; }")).toBe(1);
    expect(hits(`{ROLE_LABELS[m.role]} · RouterOutputs["admin"]["users"]`)).toBe(0);
    expect(hits(`const ORDER = ["lead_coordinator", "observer"];`)).toBe(0);
    expect(hits(`if (p.role === "advisory") return;`)).toBe(0);
  });
});
