import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

/**
 * The import rules `pnpm lint` checks (.dependency-cruiser*.cjs at the repository root), run on
 * small trees of their own: a clean one passes, and each deliberate breach is caught by its
 * rule. The real tree is checked by `pnpm lint` itself.
 */
const REPO = path.resolve(import.meta.dirname, "../../..");
const CLI = path.join(
  import.meta.dirname,
  "../node_modules/dependency-cruiser/bin/dependency-cruise.mjs",
);
const trees: string[] = [];
afterAll(() => {
  for (const t of trees) fs.rmSync(t, { recursive: true, force: true });
});

/** A tree of files (path → source) and the depcruise answer for it under one config. */
function cruise(files: Record<string, string>, config: string, scan: string[]) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "consortia-rules-"));
  trees.push(root);
  for (const [file, source] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), source);
  }
  const run = spawnSync(
    process.execPath,
    [CLI, "--config", path.join(REPO, config), "--output-type", "err", ...scan],
    { cwd: root, env: { ...process.env, DEPCRUISE_ROOT: root }, encoding: "utf8" },
  );
  return { ok: run.status === 0, out: `${run.stdout}${run.stderr}` };
}

const API = "packages/api/src";
const clean = {
  [`${API}/errors.ts`]: "export const notFound = () => new Error('not found');\n",
  [`${API}/shared/roles.ts`]: "export const LEAD = ['lead_coordinator'];\n",
  [`${API}/alpha/index.ts`]: 'export { alpha } from "./alpha";\n',
  [`${API}/alpha/alpha.ts`]:
    'import { LEAD } from "../shared/roles";\nexport const alpha = () => LEAD;\n',
  [`${API}/beta/beta.ts`]:
    'import { alpha } from "../alpha";\nimport { notFound } from "../errors";\nexport const beta = () => [alpha(), notFound()];\n',
  [`${API}/root.ts`]: 'import { beta } from "./beta/beta";\nexport const root = beta;\n',
  "apps/web/src/app/desk/_components/card.tsx": "export const Card = 1;\n",
  "apps/web/src/app/desk/page.tsx":
    'import { Card } from "./_components/card";\nexport default Card;\n',
};

describe("the import rules", () => {
  it("pass a tree that keeps them", () => {
    const repo = cruise(clean, ".dependency-cruiser.cjs", ["packages", "apps"]);
    expect(repo.out).not.toContain("error");
    expect(repo.ok).toBe(true);
    expect(cruise(clean, ".dependency-cruiser-rooms.cjs", [API]).ok).toBe(true);
  });

  it("fail on a cycle between two rooms", () => {
    const cycle = {
      ...clean,
      [`${API}/beta/index.ts`]: 'export { beta } from "./beta";\n',
      [`${API}/alpha/alpha.ts`]:
        'import { beta } from "../beta";\nexport const alpha = () => beta;\n',
    };
    const rooms = cruise(cycle, ".dependency-cruiser-rooms.cjs", [API]);
    expect(rooms.ok).toBe(false);
    expect(rooms.out).toContain("no-room-cycles");
  });

  it("fail on a room reaching into another room's files, and on the core importing a room", () => {
    const breach = {
      ...clean,
      [`${API}/beta/beta.ts`]:
        'import { alpha } from "../alpha/alpha";\nexport const beta = alpha;\n',
      [`${API}/shared/roles.ts`]:
        'import { alpha } from "../alpha";\nexport const LEAD = [alpha];\n',
    };
    const { ok, out } = cruise(breach, ".dependency-cruiser.cjs", ["packages", "apps"]);
    expect(ok).toBe(false);
    expect(out).toContain("room-imports-entry-points");
    expect(out).toContain("core-imports-no-room");
  });

  it("fail on a package importing an app, and on a route using another route's private folder", () => {
    const breach = {
      ...clean,
      "packages/db/src/x.ts":
        'import { Card } from "../../../apps/web/src/app/desk/_components/card";\nexport const x = Card;\n',
      "apps/web/src/app/reports/page.tsx":
        'import { Card } from "../desk/_components/card";\nexport default Card;\n',
    };
    const { ok, out } = cruise(breach, ".dependency-cruiser.cjs", ["packages", "apps"]);
    expect(ok).toBe(false);
    expect(out).toContain("no-package-imports-an-app");
    expect(out).toContain("web-route-private-folder");
    expect(out).toContain("apps/web/src/app/reports/page.tsx");
  });
});
