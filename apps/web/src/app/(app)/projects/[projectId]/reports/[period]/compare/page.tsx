import { Breadcrumb } from "@/components/breadcrumb";
import { serverApi } from "@/server/api";
import { orNotFound } from "@/server/or-not-found";
import { periodUrl, positiveInt, reportsUrl } from "../../_components/labels";
import {
  type PeriodPageProps,
  periodMetadata,
  periodPage,
  reportByPeriod,
} from "../_components/server-data";
import { CompareForm } from "./compare-form";
import { DifferencesList } from "./differences-list";

export const generateMetadata = periodMetadata((n) => `Compare versions, period ${n}`);

/** The differences between two submitted versions, or a version and the current report. */
export default async function CompareVersionsPage(props: PeriodPageProps) {
  const { projectId, periodNumber, query } = await periodPage(props);
  const report = await reportByPeriod(projectId, periodNumber, null);
  const versions = report?.meta.versions ?? [];
  const latest = versions[0]?.number ?? null;
  const from = positiveInt(query.from) ?? versions[1]?.number ?? latest;
  const to = positiveInt(query.to);
  const api = await serverApi();
  const result =
    from === null
      ? null
      : await orNotFound(
          api.periodReports.compare({ projectId, periodNumber, from, ...(to ? { to } : {}) }),
        );
  return (
    <div className="grid min-w-0 grid-cols-1 gap-6">
      <Breadcrumb
        items={[
          { label: "Reports", href: reportsUrl(projectId) },
          { label: `Period ${periodNumber}`, href: periodUrl(projectId, periodNumber) },
          { label: "Compare versions" },
        ]}
      />
      <div className="grid gap-1">
        <h1 className="text-2xl font-semibold tracking-tight">
          Compare versions, period {periodNumber}
        </h1>
        <p className="text-sm text-muted-foreground">
          Every field that differs between the two, with its text before and after.
        </p>
      </div>
      {from === null || result === null ? (
        <p className="text-sm text-muted-foreground">
          Nothing to compare yet: the report has no submitted version.
        </p>
      ) : (
        <>
          <CompareForm versions={versions} from={from} to={to} />
          <p className="text-sm" role="status">
            Version {from} compared with {to ? `version ${to}` : "the current report"}:{" "}
            {result.differences.length}{" "}
            {result.differences.length === 1 ? "difference" : "differences"}.
          </p>
          <DifferencesList differences={result.differences} />
        </>
      )}
    </div>
  );
}
