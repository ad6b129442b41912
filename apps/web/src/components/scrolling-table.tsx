import type * as React from "react";
import { ColumnHeads } from "@/components/column-heads";

/**
 * A table that may be wider than a phone: it scrolls sideways inside a region that keyboard
 * users can reach (a scrolling region without a focusable child must be focusable itself).
 */
export function ScrollingTable({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <section
      aria-label={`${label}, scrolls sideways on small screens`}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
      tabIndex={0}
      className="relative w-full overflow-x-auto rounded-md focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
    >
      <table aria-label={label} className="w-full caption-bottom text-sm">
        {children}
      </table>
    </section>
  );
}

/** A table's header row: the label column, then the number columns, aligned right. */
export function NumbersHead({ label, numbers }: { label: string; numbers: string[] }) {
  return (
    <ColumnHeads
      columns={[label, ...numbers.map((n) => ({ label: n, className: "text-right" }))]}
    />
  );
}
