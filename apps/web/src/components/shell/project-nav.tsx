"use client";

import { Menu } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils";

/**
 * The project's sections. `canManage`: the project's managers also see its members and its
 * audit log. On a phone they sit behind a "Sections" button (all of them, none cut off); on
 * wider screens in a row that wraps.
 */
export function ProjectNav({ projectId, canManage }: { projectId: string; canManage: boolean }) {
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
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
    // The finance landing page (issue 18) links to budget, expenditure, reports, desk, contracts, rates.
    { href: `${base}/finance`, label: "Finance" },
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
  const isActive = (item: (typeof items)[number]) =>
    item.href === base
      ? pathname === base
      : [item.href, ...(item.also ?? [])].some((h) => pathname.startsWith(h));
  const current = items.find(isActive);
  const link = (item: (typeof items)[number], className: string) => {
    const active = isActive(item);
    return (
      <Link
        href={item.href}
        aria-current={active ? "page" : undefined}
        onClick={() => setOpen(false)}
        className={cn(
          className,
          active
            ? "border-primary text-primary"
            : "border-transparent text-muted-foreground hover:text-foreground",
        )}
      >
        {item.label}
      </Link>
    );
  };
  return (
    <nav aria-label="Project" className="-mx-4 border-b px-4">
      {/* On a phone: one button opens every section, so none hides off-screen. */}
      <div className="pb-2 md:hidden">
        <Button
          type="button"
          variant="outline"
          size="sm"
          aria-expanded={open}
          aria-controls="project-sections"
          onClick={() => setOpen((o) => !o)}
        >
          <Menu aria-hidden /> Sections
          {current && <span className="text-muted-foreground">· {current.label}</span>}
        </Button>
        <ul id="project-sections" hidden={!open} className="mt-2 grid gap-1">
          {items.map((item) => (
            <li key={item.href}>
              {link(item, "block rounded-md border-l-2 px-3 py-2 text-sm font-medium")}
            </li>
          ))}
        </ul>
      </div>
      {/* Wider screens: every section in a row that wraps rather than scrolls. */}
      <ul className="hidden flex-wrap gap-1 md:flex">
        {items.map((item) => (
          <li key={item.href}>
            {link(item, "inline-block whitespace-nowrap border-b-2 px-3 py-2 text-sm font-medium")}
          </li>
        ))}
      </ul>
    </nav>
  );
}
