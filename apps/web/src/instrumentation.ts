/**
 * Runs once when the server starts: migrate, seed the demo on the embedded database, start the
 * job queue (stopped again on SIGTERM), say where to go.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getServerState, startJobs } = await import("@consortia/api");
  const { readAuthConfig } = await import("@consortia/auth");
  const state = await getServerState();
  await startJobs();
  const lines = [`Consortia is running at ${readAuthConfig().url}`, ...state.banner];
  const width = Math.max(...lines.map((l) => l.length));
  const rule = "─".repeat(width + 2);
  console.log(`\n┌${rule}┐\n${lines.map((l) => `│ ${l.padEnd(width)} │`).join("\n")}\n└${rule}┘\n`);
}
