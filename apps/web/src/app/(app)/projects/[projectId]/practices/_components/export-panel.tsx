"use client";

import { useQuery } from "@tanstack/react-query";
import { Download } from "lucide-react";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { practiceUrl } from "@/lib/urls";
import { useTRPC } from "@/trpc/react";

/**
 * The register for the programme's form, as XLSX or CSV. What would not fit the form (a title
 * over 100 characters, an empty required field) is listed before anyone downloads.
 */
export function ExportPanel({ projectId }: { projectId: string }) {
  const trpc = useTRPC();
  const check = useQuery(trpc.goodPractices.exportCheck.queryOptions({ projectId }));
  const href = (format: "xlsx" | "csv") =>
    `/api/projects/${projectId}/good-practices/export?format=${format}`;
  const warnings = check.data?.warnings ?? [];
  return (
    <section aria-labelledby="export-heading" className="grid gap-3 rounded-md border p-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="export-heading" className="font-medium">
          Export the register
        </h2>
        <div className="flex flex-wrap gap-2">
          <Button asChild variant="outline" size="sm">
            <a href={href("xlsx")} download>
              <Download aria-hidden /> Excel (XLSX)
            </a>
          </Button>
          <Button asChild variant="outline" size="sm">
            <a href={href("csv")} download>
              <Download aria-hidden /> CSV
            </a>
          </Button>
        </div>
      </div>
      <p className="text-sm text-muted-foreground">
        In the programme's field order, ready to paste into its good-practice form.
      </p>
      {check.isLoading && (
        <p role="status" className="text-sm">
          Checking the register…
        </p>
      )}
      {check.data && warnings.length === 0 && (
        <Alert variant="success">All {check.data.rows} practices fit the programme's form.</Alert>
      )}
      {warnings.length > 0 && (
        <Alert>
          <p className="font-medium">
            {warnings.length} {warnings.length === 1 ? "thing does" : "things do"} not fit the
            programme's form yet; the export marks them too.
          </p>
          <ul
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling list must be reachable by keyboard
            tabIndex={0}
            aria-label="Export warnings"
            className="mt-2 grid max-h-60 list-disc gap-1 overflow-y-auto pl-5"
          >
            {warnings.map((w) => (
              <li key={`${w.goodPracticeId}-${w.field}`}>
                Row {w.row},{" "}
                <Link href={practiceUrl(projectId, w.goodPracticeId)} className="underline">
                  {w.title}
                </Link>
                : {w.message}
              </li>
            ))}
          </ul>
        </Alert>
      )}
    </section>
  );
}
