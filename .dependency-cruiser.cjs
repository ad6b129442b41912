// The import rules of the repository, checked by `pnpm lint` (STYLE.md: "Dependencies point
// one way"; "a room imports the shared core and other rooms' public entry points"). The room
// cycles are checked at folder level by .dependency-cruiser-rooms.cjs.
const fs = require("node:fs");
const path = require("node:path");

/** The repository (a test of these rules points it at a tree of its own). */
const ROOT = process.env.DEPCRUISE_ROOT || __dirname;

/** Test code may reach into any module it tests; the rules are about the product's code. */
const TESTS = [
  "\\.test\\.tsx?$",
  "\\.e2e\\.ts$",
  "\\.matrix\\.ts$",
  "/test-[^/]+\\.ts$",
  "^packages/api/src/testing/",
  "^apps/web/e2e/",
  "/vitest[^/]*\\.config\\.ts$",
];
const API = "^packages/api/src/";
/** The shared core of the API: what every room may use, and which imports no room. */
const CORE = `${API}(shared/|jobs/|mail/|(errors|context|trpc|audit|logger|config)\\.ts$)`;
/** Composition roots wire the rooms together (routers, schemas, jobs, the server, the CLI). */
const ROOTS = `${API}(cli/|(root|schemas|index|server|job-registry|client)\\.ts$)`;

/** Web files marked "use client": they run in the browser. */
function clientComponents(root) {
  const found = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (
        /\.tsx?$/.test(entry.name) &&
        /^\s*["']use client["']/.test(fs.readFileSync(full, "utf8"))
      )
        found.push(path.relative(ROOT, full).split(path.sep).join("/"));
    }
  };
  if (fs.existsSync(root)) walk(root);
  return found.map((f) => `^${escapeRegex(f)}$`);
}

const escapeRegex = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A route folder's private folders (`_components`, `_library` …) are used by that route and the
 * routes below it only: one rule per private folder found under apps/web/src/app.
 */
function privateFolderRules() {
  const rules = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const full = path.join(dir, entry.name);
      if (entry.name.startsWith("_")) {
        const route = path.relative(ROOT, dir).split(path.sep).join("/");
        rules.push({
          name: "web-route-private-folder",
          severity: "error",
          comment: `${entry.name} of ${route} is private to that route (and the routes below it).`,
          from: { pathNot: [`^${escapeRegex(route)}/`, ...TESTS] },
          to: { path: `^${escapeRegex(`${route}/${entry.name}`)}/` },
        });
      }
      walk(full);
    }
  };
  const app = path.join(ROOT, "apps/web/src/app");
  if (fs.existsSync(app)) walk(app);
  return rules;
}

const clientFiles = clientComponents(path.join(ROOT, "apps/web/src"));
const webTsConfig = path.join(ROOT, "apps/web/tsconfig.json");

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "Modules import each other in a circle.",
      from: { pathNot: TESTS },
      to: { circular: true, pathNot: TESTS },
    },
    {
      name: "no-package-imports-an-app",
      severity: "error",
      comment: "Dependencies point one way: apps → packages, never back.",
      from: { path: "^packages/" },
      to: { path: "^apps/" },
    },
    {
      name: "api-points-one-way",
      severity: "error",
      comment: "packages/api → db, storage, auth, reports; those never import the API.",
      from: { path: "^packages/(db|storage|auth|reports)/" },
      to: { path: "^packages/api/" },
    },
    {
      name: "reports-are-pure-renderers",
      severity: "error",
      comment: "packages/reports: data in, bytes out; no database.",
      from: { path: "^packages/reports/" },
      to: {
        path: ["^packages/(db|storage|auth)/", "(^|/)node_modules/(pg|kysely|@electric-sql)/"],
      },
    },
    {
      name: "core-imports-no-room",
      severity: "error",
      comment: "The shared core is what rooms build on; it knows no room.",
      from: { path: CORE, pathNot: TESTS },
      to: { path: `${API}[^/]+/`, pathNot: CORE },
    },
    {
      name: "room-imports-entry-points",
      severity: "error",
      comment:
        "A room imports the shared core and other rooms' public entry points (index.ts), nothing else.",
      from: { path: `${API}([^/]+)/`, pathNot: [CORE, ROOTS, ...TESTS] },
      to: {
        path: `${API}[^/]+/`,
        pathNot: [`${API}$1/`, CORE, `${API}[^/]+/index\\.ts$`],
      },
    },
    ...privateFolderRules(),
    {
      name: "client-components-client-safe",
      severity: "error",
      comment:
        "Browser code reaches only client-safe modules: no database, no server-only API code.",
      from: { path: clientFiles.length ? clientFiles : "^$nothing" },
      to: {
        reachable: true,
        path: [
          "^packages/db/src/(client|migrate|testing|seed/)",
          "^packages/api/src/(index|server|context|trpc)\\.ts$",
          "^packages/storage/",
          "(^|/)node_modules/(pg|kysely|@electric-sql|server-only|pino|nodemailer|pg-boss)/",
        ],
      },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: ["\\.next/", "(^|/)dist/", "\\.turbo/"] },
    tsPreCompilationDeps: false,
    combinedDependencies: true,
    // The web app's tsconfig gives the "@/…" paths; the packages import relatively or by name.
    ...(fs.existsSync(webTsConfig) ? { tsConfig: { fileName: webTsConfig } } : {}),
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs"],
      mainFields: ["module", "main", "types"],
    },
  },
};
