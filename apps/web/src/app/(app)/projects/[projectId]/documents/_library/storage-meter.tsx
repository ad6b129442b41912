import { useId } from "react";
import { formatBytes } from "@/lib/labels";
import { cn } from "@/lib/utils";

/** How much of the project's storage quota is used: a labelled meter plus the same in words. */
export function StorageMeter({ storage }: { storage: { used: number; quota: number } }) {
  const labelId = useId();
  const { used, quota } = storage;
  const ratio = quota > 0 ? Math.min(1, used / quota) : 1;
  const percent = Math.round(ratio * 100);
  const text = `${formatBytes(used)} of ${formatBytes(quota)} used (${percent}%)`;
  return (
    <div className="grid gap-1.5 rounded-lg border bg-background p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1 text-sm">
        <span id={labelId} className="font-medium">
          Storage
        </span>
        <span className="text-muted-foreground">{text}</span>
      </div>
      {/* biome-ignore lint/a11y/useSemanticElements: a native <meter> cannot be styled alike in every browser */}
      <div
        role="meter"
        aria-labelledby={labelId}
        aria-valuemin={0}
        aria-valuemax={quota}
        aria-valuenow={Math.min(used, quota)}
        aria-valuetext={text}
        className="h-2.5 overflow-hidden rounded-full bg-muted"
      >
        <div
          className={cn(
            "h-full rounded-full",
            ratio >= 0.95 ? "bg-red-700" : ratio >= 0.8 ? "bg-amber-600" : "bg-primary",
          )}
          style={{ width: `${Math.max(ratio * 100, used > 0 ? 1 : 0)}%` }}
        />
      </div>
      {ratio >= 0.95 && (
        <p className="text-sm text-red-800">
          The storage is almost full. Documents in the trash still count until they are purged: ask
          your lead coordinator to purge old ones or to raise the quota.
        </p>
      )}
    </div>
  );
}
