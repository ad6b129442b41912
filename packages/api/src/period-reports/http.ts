import { PassThrough, Readable, type Writable } from "node:stream";
import { DownloadClosed } from "@consortia/reports";
import { z } from "zod";
import { recordAudit } from "../audit";
import type { Context } from "../context";
import { errorResponse, projectCtx, safeDisposition } from "../documents/http-shared";
import { notFound } from "../errors";
import { logger } from "../logger";
import { fileSafe, EXPORT_TYPES as OFFICE_TYPES } from "../policy-export/http";
import { loadPeriodReport } from "./load";
import { findPeriodReport } from "./lock";
import type { PeriodReportModel } from "./model";
import { renderCsv } from "./render-csv";
import { jsonRows, renderJson } from "./render-json";
import { renderPdf } from "./render-pdf";
import { renderXlsx } from "./render-xlsx";
import { renderZip } from "./render-zip";
import { materialise, TABLE_NAMES, totalRows } from "./tables";

export const PERIOD_EXPORT_TYPES = {
  pdf: OFFICE_TYPES.pdf,
  xlsx: OFFICE_TYPES.xlsx,
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
  zip: "application/zip",
} as const;
type Format = keyof typeof PERIOD_EXPORT_TYPES;

const tableList = TABLE_NAMES.join(", ");
const exportQuery = z
  .strictObject({
    format: z.enum(["pdf", "xlsx", "csv", "json", "zip"], "Choose pdf, xlsx, csv, json or zip"),
    table: z.enum(TABLE_NAMES as [string, ...string[]], `Choose a table: ${tableList}`).optional(),
    version: z.coerce
      .number("Give the version's number")
      .int("Give the version's number")
      .min(1, "Give the version's number")
      .optional(),
  })
  .superRefine((q, ctx) => {
    if (q.format === "csv" && !q.table)
      ctx.addIssue({ code: "custom", path: ["table"], message: `Choose a table: ${tableList}` });
    if (q.format !== "csv" && q.table)
      ctx.addIssue({ code: "custom", path: ["table"], message: "A table is chosen for CSV only" });
  });

const RENDER: Record<
  Format,
  (m: PeriodReportModel, out: Writable, table?: string) => Promise<void>
> = {
  pdf: (m, out) => renderPdf(m, out),
  xlsx: (m, out) => renderXlsx(m, out),
  csv: (m, out, table) => renderCsv(m, table ?? "summary", out),
  json: (m, out) => renderJson(m, out),
  zip: (m, out) => renderZip(m, out),
};

/** Rows the export carries (the X-Export-Rows header a download's progress uses). */
function rowsOf(m: PeriodReportModel, format: Format, table?: string): number {
  if (format === "json") return jsonRows(m);
  const rows = totalRows(materialise(m, format === "csv" ? table : undefined));
  return format === "zip" ? rows + jsonRows(m) : rows;
}

/**
 * GET /api/projects/:projectId/reports/:period/export?format=pdf|xlsx|csv|json|zip
 * &table=<name, for csv>&version=N — the period's consolidated progress report exactly as
 * `loadPeriodReport` gives it to the caller (documents filtered for them; observers only a
 * submitted version), streamed as it is rendered, and audited.
 */
export async function handlePeriodReportExport(
  ctx: Context,
  projectId: string,
  periodNumber: string,
  req: Request,
): Promise<Response> {
  try {
    const pctx = await projectCtx(ctx, projectId);
    const period = Number(periodNumber);
    if (!/^\d{1,3}$/.test(periodNumber) || period < 1) throw notFound("Reporting period");
    const q = new URL(req.url).searchParams;
    const input = exportQuery.parse({
      format: q.get("format") ?? "pdf",
      table: q.get("table") || undefined,
      version: q.get("version") || undefined,
    });
    const model = await loadPeriodReport(
      pctx,
      { periodNumber: period, version: input.version },
      new Date(),
    );
    const report = await findPeriodReport(pctx.db, projectId, period);
    const rows = rowsOf(model, input.format, input.table);
    const edition = model.report.version === null ? "draft" : `v${model.report.version}`;
    await recordAudit(pctx.db, {
      projectId,
      actorId: pctx.actor.userId,
      entity: "period_report",
      entityId: report?.id ?? null,
      action: "export",
      summary: `Progress report of period ${period} (${edition}) exported as ${input.format.toUpperCase()}${
        input.table ? ` (${input.table})` : ""
      }`,
      data: {
        format: input.format,
        table: input.table ?? null,
        periodNumber: period,
        version: model.report.version,
        rows,
      },
    });
    const day = new Date().toISOString().slice(0, 10);
    const table = input.table ? `-${input.table}` : "";
    const fileName = `${fileSafe(model.project.acronym)}-progress-report-P${period}-${edition}${table}-${day}.${input.format}`;
    const out = new PassThrough();
    RENDER[input.format](model, out, input.table).catch((err: unknown) => {
      if (err instanceof DownloadClosed || out.destroyed) return;
      // The status is sent already: cut the body short so the client sees a failed download.
      logger.error({ err, requestId: ctx.requestId }, "period report export failed");
      out.destroy(err instanceof Error ? err : new Error(String(err)));
    });
    return new Response(Readable.toWeb(out) as ReadableStream, {
      status: 200,
      headers: {
        "Content-Type": PERIOD_EXPORT_TYPES[input.format],
        "Content-Disposition": safeDisposition("attachment", fileName),
        "X-Export-Rows": String(rows),
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
      },
    });
  } catch (err) {
    return errorResponse(ctx, err);
  }
}
