"use client";

import { formatDateTime } from "@/lib/labels";

/**
 * A moment in the reader's own time zone. The server renders it in its zone first, so the
 * text may differ once the browser takes over; that difference is expected.
 */
export function DateTime({ value, className }: { value: Date; className?: string }) {
  return (
    <time dateTime={value.toISOString()} className={className} suppressHydrationWarning>
      {formatDateTime(value)}
    </time>
  );
}
