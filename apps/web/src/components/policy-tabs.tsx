"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/utils";

/**
 * The second-level navigation of the policy area: the partnership overview (matrix), the
 * instruments, their action plans, the improvements and the learning chain.
 */
export function PolicyTabs({ projectId }: { projectId: string }) {
  const pathname = usePathname();
  const base = `/projects/${projectId}`;
  const items = [
    { href: `${base}/policy`, label: "Overview", exact: true },
    { href: `${base}/instruments`, label: "Policy instruments" },
    { href: `${base}/action-plans`, label: "Action plans" },
    { href: `${base}/improvements`, label: "Improvements" },
    { href: `${base}/policy/chain`, label: "Learning chain" },
  ];
  return (
    <nav aria-label="Policy" className="overflow-x-auto">
      <ul className="flex flex-wrap gap-1">
        {items.map((item) => {
          const active = item.exact
            ? pathname === item.href || pathname.startsWith(`${item.href}/regions`)
            : pathname.startsWith(item.href);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "inline-block whitespace-nowrap rounded-md px-3 py-1.5 text-sm font-medium",
                  active
                    ? "bg-primary text-primary-foreground"
                    : "text-muted-foreground hover:bg-muted hover:text-foreground",
                )}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
