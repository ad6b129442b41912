import { cn } from "@/lib/utils";
import type { Activity, DeliverableRow, Periods, WorkPackage } from "./types";

const DAY = 86_400_000;
const ms = (d: string) => new Date(`${d}T00:00:00Z`).getTime();

type Row =
  | { kind: "wp"; key: string; label: string; start: string; end: string }
  | { kind: "activity"; key: string; label: string; start: string; end: string }
  | { kind: "deliverables"; key: string; label: string; marks: DeliverableRow[] };

/**
 * A Gantt-style picture of the work plan: reporting periods across the top, each work package
 * with its activities as bars and its deliverables as due-date markers. It is drawn for sight
 * only; the same facts are in the table that follows it. It scrolls inside its own frame.
 */
export function Timeline({
  periods,
  workPackages,
  activities,
  deliverables,
  today,
}: {
  periods: Periods;
  workPackages: WorkPackage[];
  activities: Activity[];
  deliverables: DeliverableRow[];
  today: string;
}) {
  const start = ms(periods.startDate);
  const end = ms(periods.lastDay) + DAY;
  const pct = (d: string) =>
    `${Math.min(100, Math.max(0, ((ms(d) - start) / (end - start)) * 100))}%`;
  const width = (a: string, b: string) =>
    `${Math.max(0.5, ((ms(b) + DAY - ms(a)) / (end - start)) * 100)}%`;
  const rows: Row[] = workPackages.flatMap((w): Row[] => [
    {
      kind: "wp",
      key: w.id,
      label: `WP${w.number} ${w.title}`,
      start: w.startDate,
      end: w.endDate,
    },
    ...activities
      .filter((a) => a.workPackageId === w.id)
      .map(
        (a): Row => ({
          kind: "activity",
          key: a.id,
          label: a.title,
          start: a.startDate,
          end: a.endDate,
        }),
      ),
    {
      kind: "deliverables",
      key: `${w.id}-d`,
      label: "Deliverables",
      marks: deliverables.filter((d) => d.workPackageId === w.id),
    },
  ]);
  const showToday = ms(today) >= start && ms(today) < end;

  return (
    <section
      aria-label="Timeline chart, scrolls sideways"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
      tabIndex={0}
      className="overflow-x-auto rounded-md border focus-visible:ring-2 focus-visible:ring-ring"
    >
      <div aria-hidden="true" className="relative min-w-[760px] text-xs">
        <div className="grid grid-cols-[12rem_1fr] border-b bg-muted/50">
          <div className="px-2 py-1 font-medium">Reporting period</div>
          <div className="relative h-7">
            {periods.periods.map((p) => (
              <div
                key={p.number}
                className={cn(
                  "absolute top-0 flex h-full items-center justify-center border-l",
                  p.number % 2 ? "bg-muted" : "bg-background",
                )}
                style={{ left: pct(p.start), width: width(p.start, p.end) }}
                title={`Period ${p.number}: ${p.start} – ${p.end}`}
              >
                P{p.number}
              </div>
            ))}
          </div>
        </div>
        {rows.map((r) => (
          <div key={r.key} className="grid grid-cols-[12rem_1fr] border-b last:border-0">
            <div
              className={cn(
                "truncate px-2 py-1.5",
                r.kind === "wp" ? "font-semibold" : "pl-5 text-muted-foreground",
              )}
            >
              {r.label}
            </div>
            <div className="relative h-8">
              {r.kind === "deliverables" ? (
                r.marks.map((d) => (
                  <span
                    key={d.id}
                    title={`${d.code} due ${d.dueDate}`}
                    className={cn(
                      "absolute top-1/2 size-3 -translate-x-1/2 -translate-y-1/2 rotate-45 border",
                      d.status === "approved"
                        ? "border-emerald-700 bg-emerald-500"
                        : d.overdue
                          ? "border-red-800 bg-red-500"
                          : "border-slate-700 bg-white",
                    )}
                    style={{ left: pct(d.dueDate) }}
                  />
                ))
              ) : (
                <span
                  title={`${r.label}: ${r.start} – ${r.end}`}
                  className={cn(
                    "absolute top-1.5 h-5 rounded",
                    r.kind === "wp" ? "bg-primary/80" : "bg-sky-400/70",
                  )}
                  style={{ left: pct(r.start), width: width(r.start, r.end) }}
                />
              )}
            </div>
          </div>
        ))}
        {showToday && (
          <div className="pointer-events-none absolute inset-y-0 left-48 right-0">
            <div
              className="absolute inset-y-0 border-l-2 border-red-600"
              style={{ left: pct(today) }}
            />
          </div>
        )}
      </div>
    </section>
  );
}
