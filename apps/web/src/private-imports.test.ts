import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// STYLE.md: what several routes use lives in src/components, src/server or src/lib; a route's
// private folder (`_components`, `_shared`, any `_name` under src/app) serves that route's
// folder tree alone. Next.js keeps `_` folders out of routing but does not stop imports, so
// this test does.

const SRC = path.resolve(import.meta.dirname);
const APP = path.join(SRC, "app");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** The folder that owns a private folder in `file`'s path, or null when none does. */
function privateOwner(file: string): string | null {
  const rel = path.relative(APP, file);
  if (rel.startsWith("..")) return null;
  const parts = rel.split(path.sep);
  // The outermost private folder decides: everything below it is private to its parent.
  const at = parts.findIndex((part, i) => i < parts.length - 1 && part.startsWith("_"));
  return at === -1 ? null : path.join(APP, ...parts.slice(0, at));
}

function resolveSpecifier(from: string, specifier: string): string | null {
  if (specifier.startsWith("@/")) return path.join(SRC, specifier.slice(2));
  if (specifier.startsWith(".")) return path.resolve(path.dirname(from), specifier);
  return null;
}

const isInside = (file: string, folder: string) => file.startsWith(folder + path.sep);

/** `file → target` for every import of another route's private folder. */
function crossRouteImports(files: string[]): string[] {
  return files.flatMap((file) => {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
    return importedFiles.flatMap(({ fileName }) => {
      const target = resolveSpecifier(file, fileName);
      const owner = target && privateOwner(target);
      if (!target || !owner || isInside(file, owner)) return [];
      return [`${path.relative(SRC, file)} → ${path.relative(SRC, target)}`];
    });
  });
}

describe("route-private folders", () => {
  it("knows which folder owns a private file", () => {
    const file = path.join(APP, "(app)", "projects", "[projectId]", "learning", "_components");
    expect(privateOwner(path.join(file, "labels.ts"))).toBe(path.dirname(file));
    expect(privateOwner(path.join(APP, "(app)", "layout.tsx"))).toBeNull();
    expect(privateOwner(path.join(SRC, "components", "_x", "a.ts"))).toBeNull();
  });

  it("are imported only from inside their route", () => {
    expect(crossRouteImports(sourceFiles(SRC))).toEqual([]);
  });
});
