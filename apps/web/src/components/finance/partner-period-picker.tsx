import { Button } from "@/components/ui/button";
import { NativeSelect } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

/**
 * Choosing whose money (and which period) a finance page shows: a plain GET form, so it works
 * before any script loads and the address can be bookmarked.
 */
export function PartnerPeriodPicker({
  partners,
  partnerId,
  periods,
  periodNumber,
}: {
  partners: readonly { id: string; name: string }[];
  partnerId: string;
  periods?: readonly { number: number; start: string; end: string }[];
  periodNumber?: number;
}) {
  return (
    <form method="get" className="flex flex-wrap items-end gap-3">
      <div className="grid gap-1.5">
        <Label htmlFor="pick-partner">Partner</Label>
        <NativeSelect id="pick-partner" name="partner" defaultValue={partnerId} className="w-64">
          {partners.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </NativeSelect>
      </div>
      {periods && (
        <div className="grid gap-1.5">
          <Label htmlFor="pick-period">Reporting period</Label>
          <NativeSelect id="pick-period" name="period" defaultValue={periodNumber} className="w-64">
            {periods.map((p) => (
              <option key={p.number} value={p.number}>
                Period {p.number} ({p.start} to {p.end})
              </option>
            ))}
          </NativeSelect>
        </div>
      )}
      <Button type="submit" variant="outline">
        Show
      </Button>
    </form>
  );
}
