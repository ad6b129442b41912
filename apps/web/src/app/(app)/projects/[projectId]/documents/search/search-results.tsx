import type { RouterOutputs } from "@consortia/api/client";
import { ChevronLeft, ChevronRight } from "lucide-react";
import Link from "next/link";
import { TextLink } from "@/components/text-link";
import { Button } from "@/components/ui/button";
import { DOCUMENT_CATEGORY_LABELS, formatDate } from "@/lib/labels";
import { documentUrl } from "@/lib/urls";
import { Highlight } from "./highlight";
import { countText } from "./result-count";
import { type SearchValues, searchHref } from "./search-params";

type Found = RouterOutputs["documents"]["search"];

/** A page of ranked results with their highlighted snippets, and the way to further pages. */
export function SearchResults({
  projectId,
  values,
  found,
}: {
  projectId: string;
  values: SearchValues;
  found: Found;
}) {
  const pages = Math.max(1, Math.ceil(found.total / found.pageSize));
  const first = (found.page - 1) * found.pageSize + 1;
  const last = first + found.results.length - 1;
  return (
    <section aria-labelledby="results-heading" className="grid gap-4">
      <h2 id="results-heading" className="sr-only">
        Results
      </h2>
      <p role="status" className="text-sm text-muted-foreground">
        {found.total === 0
          ? `No documents match “${values.q}”. Try other words or fewer filters.`
          : `${countText(found)} “${values.q}”${
              pages > 1 && last >= first ? `, showing ${first}–${last}` : ""
            }.`}
        {found.totalIsLowerBound &&
          ` Ranked among the ${found.total.toLocaleString("en")} most recently changed; add words or filters to find older ones.`}
      </p>
      {found.total > 0 && found.results.length === 0 && (
        <p className="text-sm">
          This page is past the last result.{" "}
          <Link
            href={searchHref(projectId, { ...values, page: 1 })}
            className="text-primary underline underline-offset-4"
          >
            Go to the first page
          </Link>
        </p>
      )}
      <ol className="grid gap-3">
        {found.results.map((r) => (
          <li key={r.id} className="grid min-w-0 gap-1.5 rounded-lg border bg-background p-4">
            <h3 className="min-w-0 break-words text-base font-semibold">
              <TextLink href={documentUrl(projectId, r.id)}>{r.title}</TextLink>
            </h3>
            <p className="flex flex-wrap gap-x-2 gap-y-0.5 text-sm text-muted-foreground">
              <span className="break-all">{r.fileName}</span>
              <span aria-hidden>·</span>
              <span>{r.ownerPartnerName}</span>
              <span aria-hidden>·</span>
              <span>{DOCUMENT_CATEGORY_LABELS[r.category] ?? r.category}</span>
              <span aria-hidden>·</span>
              <span>
                Changed <time dateTime={r.updatedAt.toISOString()}>{formatDate(r.updatedAt)}</time>
              </span>
            </p>
            {r.snippet.trim() && (
              <p className="break-words text-sm">
                <Highlight snippet={r.snippet} />
              </p>
            )}
          </li>
        ))}
      </ol>
      {pages > 1 && (
        <nav
          aria-label="Result pages"
          className="flex flex-wrap items-center justify-between gap-3 text-sm"
        >
          <PageLink
            href={searchHref(projectId, { ...values, page: found.page - 1 })}
            disabled={found.page <= 1}
          >
            <ChevronLeft aria-hidden /> Previous
          </PageLink>
          <span>
            Page {found.page} of {pages}
          </span>
          <PageLink
            href={searchHref(projectId, { ...values, page: found.page + 1 })}
            disabled={found.page >= pages}
          >
            Next <ChevronRight aria-hidden />
          </PageLink>
        </nav>
      )}
    </section>
  );
}

function PageLink({
  href,
  disabled,
  children,
}: {
  href: string;
  disabled: boolean;
  children: React.ReactNode;
}) {
  if (disabled)
    return (
      <Button variant="outline" size="sm" disabled>
        {children}
      </Button>
    );
  return (
    <Button asChild variant="outline" size="sm">
      <Link href={href}>{children}</Link>
    </Button>
  );
}
