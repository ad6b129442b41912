import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import Link from "next/link";
import { TH } from "@/components/ui/table";
import { type LibraryParams, libraryHref, type Sort } from "./params";

/** A column header that sorts by its column; a second click turns the order around. */
export function SortHeader({
  projectId,
  params,
  sort,
  label,
  className,
}: {
  projectId: string;
  params: LibraryParams;
  sort: Sort;
  label: string;
  className?: string;
}) {
  const active = params.sort === sort;
  const firstDir = sort === "updated" || sort === "size" ? "desc" : "asc";
  const nextDir = active ? (params.dir === "asc" ? "desc" : "asc") : firstDir;
  const Icon = !active ? ArrowUpDown : params.dir === "asc" ? ArrowUp : ArrowDown;
  return (
    <TH
      scope="col"
      className={className}
      aria-sort={active ? (params.dir === "asc" ? "ascending" : "descending") : undefined}
    >
      <Link
        href={libraryHref(projectId, { ...params, sort, dir: nextDir, page: 1 })}
        className="inline-flex items-center gap-1 whitespace-nowrap rounded-sm hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
      >
        {label}
        <Icon className={active ? "size-3.5" : "size-3.5 opacity-60"} aria-hidden />
        <span className="sr-only">
          {`, sort ${nextDir === "asc" ? "ascending" : "descending"}`}
        </span>
      </Link>
    </TH>
  );
}
