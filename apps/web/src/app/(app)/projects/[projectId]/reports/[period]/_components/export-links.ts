export type ExportFormat = "pdf" | "xlsx" | "json" | "csv" | "zip";

/** The export route of a period's report: the live draft, or a submitted version. */
export function exportUrl(
  projectId: string,
  period: number,
  format: ExportFormat,
  opts: { version?: number | null; table?: string } = {},
): string {
  const q = new URLSearchParams({ format });
  if (opts.table) q.set("table", opts.table);
  if (opts.version) q.set("version", String(opts.version));
  return `/api/projects/${projectId}/reports/${period}/export?${q}`;
}
