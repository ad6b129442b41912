import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROLES } from "@consortia/db/schema";
import { describe, expect, it } from "vitest";
import { roleNeedsPartner } from "./schemas";

/** Packages a browser bundle may pull in through `@consortia/api/schemas`. */
const CLIENT_SAFE = new Set([
  "zod",
  "@consortia/db/schema",
  "@consortia/auth/rules",
  "@consortia/reports/table",
]);

/** A relative import names a module file or a folder's entry point (index.ts). */
function resolveRelative(target: string): string {
  return fs.existsSync(`${target}.ts`) ? `${target}.ts` : path.join(target, "index.ts");
}

/** Every import specifier reachable from a file, following relative imports. */
function reachableImports(entry: string): { packages: Set<string>; files: Set<string> } {
  const packages = new Set<string>();
  const files = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const source = fs.readFileSync(file, "utf8");
    for (const m of source.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+"([^"]+)"/gms)) {
      const spec = m[1] ?? "";
      if (/^\s*(?:import|export)\s+type\s/.test(m[0])) continue;
      if (spec.startsWith(".")) visit(resolveRelative(path.resolve(path.dirname(file), spec)));
      else packages.add(spec);
    }
  };
  visit(entry);
  return { packages, files };
}

describe("@consortia/api/schemas", () => {
  it("reaches only client-safe modules, so browser forms can share the server's rules", () => {
    const { packages, files } = reachableImports(path.resolve(import.meta.dirname, "schemas.ts"));
    expect(files.size).toBeGreaterThan(3);
    expect([...packages].filter((p) => !CLIENT_SAFE.has(p))).toEqual([]);
  });

  it("says which roles work for a partner, for the member forms", () => {
    expect(PROJECT_ROLES.filter((r) => !roleNeedsPartner(r))).toEqual(["observer", "controller"]);
    // Before a role is chosen the form shows the partner field.
    expect(roleNeedsPartner("")).toBe(true);
  });

  it("would notice a module that reaches the database client", () => {
    const { packages } = reachableImports(
      path.resolve(import.meta.dirname, "documents/service.ts"),
    );
    expect([...packages].some((p) => !CLIENT_SAFE.has(p))).toBe(true);
  });
});
