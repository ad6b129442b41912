/** Shown while a report page's data loads on the server. */
export default function ReportsLoading() {
  return (
    <div role="status" aria-live="polite" className="grid gap-3">
      <p className="text-sm text-muted-foreground">Loading the report…</p>
      <div aria-hidden="true" className="h-8 w-48 animate-pulse rounded bg-muted" />
      <div aria-hidden="true" className="h-40 w-full animate-pulse rounded bg-muted" />
    </div>
  );
}
