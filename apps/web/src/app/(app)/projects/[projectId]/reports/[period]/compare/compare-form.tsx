import { Button } from "@/components/ui/button";
import { NativeSelect } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { formatDate } from "@/lib/labels";
import type { ReportMeta } from "../_components/types";

/** Which two versions to compare; "to" may be the current report. A plain GET form. */
export function CompareForm({
  versions,
  from,
  to,
}: {
  versions: ReportMeta["versions"];
  from: number;
  to: number | null;
}) {
  const option = (v: ReportMeta["versions"][number]) => (
    <option key={v.number} value={v.number}>
      Version {v.number} ({formatDate(v.submittedAt)})
    </option>
  );
  return (
    <form method="get" className="flex flex-wrap items-end gap-3">
      <div className="grid min-w-0 gap-1.5">
        <Label htmlFor="compare-from">From</Label>
        <NativeSelect id="compare-from" name="from" defaultValue={String(from)} className="sm:w-64">
          {versions.map(option)}
        </NativeSelect>
      </div>
      <div className="grid min-w-0 gap-1.5">
        <Label htmlFor="compare-to">To</Label>
        <NativeSelect
          id="compare-to"
          name="to"
          defaultValue={to === null ? "" : String(to)}
          className="sm:w-64"
        >
          <option value="">Current report</option>
          {versions.map(option)}
        </NativeSelect>
      </div>
      <Button type="submit" variant="outline">
        Compare
      </Button>
    </form>
  );
}
