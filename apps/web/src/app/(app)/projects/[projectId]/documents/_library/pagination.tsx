import { ChevronLeft, ChevronRight } from "lucide-react";
import Link from "next/link";
import { buttonVariants } from "@/components/ui/button";
import { type LibraryParams, libraryHref } from "./params";

/** "51–100 of 230" with previous and next pages; a page past the end offers the last one. */
export function Pagination({
  projectId,
  params,
  total,
}: {
  projectId: string;
  params: LibraryParams;
  total: number;
}) {
  const pages = Math.max(1, Math.ceil(total / params.size));
  const first = total === 0 ? 0 : Math.min(total, (params.page - 1) * params.size + 1);
  const last = Math.min(total, params.page * params.size);
  const href = (page: number) => libraryHref(projectId, { ...params, page });
  if (total === 0 && params.page === 1) return null;
  if (first > total || (total === 0 && params.page > 1))
    return (
      <p className="text-sm text-muted-foreground">
        This page is past the end of the list.{" "}
        <Link href={href(pages)} className="font-medium text-primary underline">
          Go to page {pages}
        </Link>
      </p>
    );

  return (
    <nav aria-label="Pages" className="flex flex-wrap items-center justify-between gap-3 text-sm">
      <p aria-live="polite">
        {first}–{last} of {total} {total === 1 ? "document" : "documents"}
        {pages > 1 && (
          <span className="text-muted-foreground">
            {" "}
            · page {params.page} of {pages}
          </span>
        )}
      </p>
      {pages > 1 && (
        <div className="flex gap-2">
          <PageLink href={params.page > 1 ? href(params.page - 1) : null} rel="prev">
            <ChevronLeft aria-hidden /> Previous
          </PageLink>
          <PageLink href={params.page < pages ? href(params.page + 1) : null} rel="next">
            Next <ChevronRight aria-hidden />
          </PageLink>
        </div>
      )}
    </nav>
  );
}

function PageLink({
  href,
  rel,
  children,
}: {
  href: string | null;
  rel: "prev" | "next";
  children: React.ReactNode;
}) {
  // The first and last pages simply have no link back or forward.
  if (!href) return null;
  return (
    <Link href={href} rel={rel} className={buttonVariants({ variant: "outline", size: "sm" })}>
      {children}
    </Link>
  );
}
