/** Runs once when the server starts: migrate, seed the demo on the embedded database, say where to go. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getServerState } = await import("@consortia/api");
  const { readAuthConfig } = await import("@consortia/auth");
  const state = await getServerState();
  const lines = [`Consortia is running at ${readAuthConfig().url}`, ...state.banner];
  const width = Math.max(...lines.map((l) => l.length));
  const rule = "─".repeat(width + 2);
  console.log(`\n┌${rule}┐\n${lines.map((l) => `│ ${l.padEnd(width)} │`).join("\n")}\n└${rule}┘\n`);
}
