/** "3 of 10" with a small bar; the bar is decoration, the text says it all. */
export function ContributionProgress({ submitted, total }: { submitted: number; total: number }) {
  const percent = total > 0 ? Math.round((submitted / total) * 100) : 0;
  return (
    <div className="grid min-w-28 gap-1">
      <span className="tabular-nums">
        {submitted} of {total}
      </span>
      <div aria-hidden="true" className="h-1.5 w-full overflow-hidden rounded-full bg-muted">
        <div className="h-full rounded-full bg-emerald-600" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
