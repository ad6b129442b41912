"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils";

/**
 * A list's filters. They live in the address, so a filtered view can be shared and a
 * figure elsewhere can link to the records behind it: applying them opens `toHref` of the
 * form's values, and "Clear" opens `clearHref`.
 */
export function FilterBar({
  label,
  toHref,
  clearHref,
  className = "sm:grid-cols-2 lg:grid-cols-4",
  children,
}: {
  /** The form's accessible name, e.g. "Filter good practices". */
  label: string;
  toHref: (values: Record<string, string>) => string;
  clearHref: string;
  /** The grid's columns from small screens up. */
  className?: string;
  children: ReactNode;
}) {
  const router = useRouter();

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const values: Record<string, string> = {};
    for (const [k, v] of new FormData(e.currentTarget)) if (typeof v === "string") values[k] = v;
    router.push(toHref(values));
  }

  return (
    <form
      onSubmit={onSubmit}
      aria-label={label}
      className={cn("grid gap-3 rounded-md border p-3", className)}
    >
      {children}
      <div className="flex flex-wrap items-end gap-2">
        <Button type="submit">Apply filters</Button>
        <Button asChild variant="outline">
          <Link href={clearHref}>Clear</Link>
        </Button>
      </div>
    </form>
  );
}
