import Link from "next/link";
import { Button } from "@/components/ui/button";
import { compareUrl, textBlocksUrl } from "../../_components/labels";
import { ReopenDialog } from "./reopen-dialog";
import type { ReportMeta } from "./types";
import { VersionPicker } from "./version-picker";

/** Versions, exports, text blocks, comparison and reopening of one period's report. */
export function ReportToolbar({
  projectId,
  periodNumber,
  meta,
  viewing,
}: {
  projectId: string;
  periodNumber: number;
  meta: ReportMeta;
  viewing: number | null;
}) {
  const versions = meta.versions;
  const latest = versions[0]?.number ?? null;
  const compareFrom = versions.length >= 2 ? (versions[1]?.number ?? null) : latest;
  return (
    <div className="flex flex-wrap items-end gap-3">
      {versions.length > 0 && (
        <VersionPicker
          projectId={projectId}
          periodNumber={periodNumber}
          versions={versions}
          current={viewing}
        />
      )}
      <Button asChild variant="outline">
        <a href="#export">Export</a>
      </Button>
      <Button asChild variant="outline">
        <Link href={textBlocksUrl(projectId, periodNumber, viewing)}>Text blocks</Link>
      </Button>
      {compareFrom !== null && (
        <Button asChild variant="outline">
          <Link
            href={compareUrl(
              projectId,
              periodNumber,
              compareFrom,
              versions.length >= 2 ? latest : null,
            )}
          >
            Compare versions
          </Link>
        </Button>
      )}
      {meta.can.reopen && viewing === null && (
        <ReopenDialog projectId={projectId} periodNumber={periodNumber} version={meta.version} />
      )}
    </div>
  );
}
