import Form from "next/form";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { formatDate } from "@/lib/labels";
import type { MoneyDesk } from "@/lib/money-desk";
import { hrefWith } from "@/lib/search-params";
import { cn } from "@/lib/utils";

/** The period selector and the "this period / cumulative" toggle: plain links and a GET form. */
export function PeriodControls({
  path,
  desk,
  cumulative,
}: {
  path: string;
  desk: MoneyDesk;
  cumulative: boolean;
}) {
  const view = cumulative ? "cumulative" : undefined;
  const toggle = (on: boolean, label: string) => (
    <Link
      href={hrefWith(path, { period: desk.periodNumber, view: on ? "cumulative" : undefined })}
      aria-current={cumulative === on ? "true" : undefined}
      className={cn(
        "rounded-md border px-3 py-2 text-sm font-medium",
        cumulative === on ? "border-primary bg-primary text-primary-foreground" : "bg-background",
      )}
    >
      {label}
    </Link>
  );
  return (
    <div className="flex flex-wrap items-end gap-4">
      <Form action={path} className="flex flex-wrap items-end gap-2">
        {view && <input type="hidden" name="view" value={view} />}
        <div className="grid gap-1.5">
          <Label htmlFor="desk-period">Reporting period</Label>
          <select
            id="desk-period"
            name="period"
            defaultValue={String(desk.periodNumber)}
            className="h-10 rounded-md border border-input bg-background px-3 text-sm"
          >
            {desk.periods.map((p) => (
              <option key={p.number} value={p.number}>
                Period {p.number} ({formatDate(p.start)} to {formatDate(p.end)})
              </option>
            ))}
          </select>
        </div>
        <Button type="submit" variant="outline">
          Show
        </Button>
      </Form>
      <nav aria-label="Figures shown" className="flex flex-wrap gap-2">
        {toggle(false, `Period ${desk.periodNumber} only`)}
        {toggle(true, `Cumulative to period ${desk.periodNumber}`)}
      </nav>
    </div>
  );
}
