// No cycles between the rooms (folders) of packages/api, type imports included: a room depends
// on the shared core and on rooms that do not depend back on it. Test code, the composition
// roots (routers, schemas, jobs, server, CLI) and the frame files at src/ (trpc, context,
// errors …, which the other configuration keeps free of rooms) are left out, so the folder
// graph holds the rooms and the shared core only.

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-room-cycles",
      severity: "error",
      scope: "folder",
      comment:
        "Two rooms depend on each other (through any chain): make one depend on the other only.",
      from: { path: "^packages/api/src/[^/]+" },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: {
      path: [
        "\\.test\\.ts$",
        "\\.matrix\\.ts$",
        "/test-[^/]+\\.ts$",
        "^packages/api/src/(testing|cli)/",
        "^packages/api/src/[^/]+\\.ts$",
      ],
    },
    includeOnly: "^packages/api/src/",
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".js", ".mjs"],
    },
  },
};
