import { Breadcrumb } from "@/components/breadcrumb";
import { Alert } from "@/components/ui/alert";
import { serverApi } from "@/server/api";
import { periodUrl, positiveInt, reportsUrl } from "../../_components/labels";
import {
  orNullBeforeSubmission,
  type PeriodPageProps,
  periodMetadata,
  periodPage,
} from "../_components/server-data";
import { TextBlockCard } from "./text-block-card";

export const generateMetadata = periodMetadata((n) => `Text blocks, period ${n}`);

/** The report as copy-ready blocks for the programme's online forms, each checked for length. */
export default async function TextBlocksPage(props: PeriodPageProps) {
  const { projectId, periodNumber, query } = await periodPage(props);
  const version = positiveInt(query.version);
  const api = await serverApi();
  // Observers get the blocks once the report is submitted (FORBIDDEN before).
  const blocks = await orNullBeforeSubmission(
    api.periodReports.textBlocks({ projectId, periodNumber, ...(version ? { version } : {}) }),
  );
  const over = blocks?.filter((b) => b.over).length ?? 0;
  return (
    <div className="grid min-w-0 grid-cols-1 gap-6">
      <Breadcrumb
        items={[
          { label: "Reports", href: reportsUrl(projectId) },
          { label: `Period ${periodNumber}`, href: periodUrl(projectId, periodNumber, version) },
          { label: "Text blocks" },
        ]}
      />
      <div className="grid gap-1">
        <h1 className="text-2xl font-semibold tracking-tight">
          Text blocks, period {periodNumber}
        </h1>
        <p className="text-sm text-muted-foreground">
          {version ? `Version ${version}` : "The current report"}, ready to paste into the
          programme’s online forms. Each block is counted against the form’s character limit.
        </p>
      </div>
      {over > 0 && (
        <Alert variant="error">
          {over} {over === 1 ? "block is" : "blocks are"} over the limit: shorten the text before
          pasting it.
        </Alert>
      )}
      {blocks === null ? (
        <p className="text-sm text-muted-foreground">
          The text blocks are shown here once the lead partner has submitted the report.
        </p>
      ) : blocks.length === 0 ? (
        <p className="text-sm text-muted-foreground">The report has no text yet.</p>
      ) : (
        blocks.map((b) => <TextBlockCard key={b.key} block={b} />)
      )}
    </div>
  );
}
