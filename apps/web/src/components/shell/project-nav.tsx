"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/utils";

/** `canManage`: the project's managers also see its members and its audit log. */
export function ProjectNav({ projectId, canManage }: { projectId: string; canManage: boolean }) {
  const pathname = usePathname();
  const base = `/projects/${projectId}`;
  const items: { href: string; label: string; also?: string[] }[] = [
    { href: base, label: "Overview" },
    { href: `${base}/partners`, label: "Partners" },
    { href: `${base}/documents`, label: "Documents" },
    { href: `${base}/learning`, label: "Learning" },
    { href: `${base}/practices`, label: "Good practices" },
    { href: `${base}/work-plan`, label: "Work plan" },
    { href: `${base}/deliverables`, label: "Deliverables" },
    { href: `${base}/desk`, label: "Desk" },
    { href: `${base}/indicators`, label: "Indicators" },
    { href: `${base}/reports`, label: "Reports" },
    {
      href: `${base}/policy`,
      label: "Policy",
      also: [`${base}/instruments`, `${base}/action-plans`, `${base}/improvements`],
    },
    ...(canManage
      ? [
          { href: `${base}/members`, label: "Members" },
          { href: `${base}/audit`, label: "Audit log" },
        ]
      : []),
  ];
  return (
    <nav aria-label="Project" className="-mx-4 overflow-x-auto border-b px-4">
      <ul className="flex gap-1">
        {items.map((item) => {
          const active =
            item.href === base
              ? pathname === base
              : [item.href, ...(item.also ?? [])].some((h) => pathname.startsWith(h));
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "inline-block whitespace-nowrap border-b-2 px-3 py-2 text-sm font-medium",
                  active
                    ? "border-primary text-primary"
                    : "border-transparent text-muted-foreground hover:text-foreground",
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
