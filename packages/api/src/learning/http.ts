import { GOOD_PRACTICE_STATUSES } from "@consortia/db/schema";
import { z } from "zod";
import type { Context } from "../context";
import { exportAudit, exportRoute, inProject } from "../shared/export-route";
import { CONTENT_TYPES, fileSafe, listParam } from "../shared/http-kit";
import {
  registerCsv,
  registerRows,
  registerTable,
  registerWarnings,
  registerXlsx,
} from "./register";

const exportQuery = z.strictObject({
  format: z.enum(["xlsx", "csv"], "Choose xlsx or csv"),
  status: z.array(z.enum(GOOD_PRACTICE_STATUSES, "Unknown status")).default([]),
});

/**
 * GET /api/projects/:projectId/good-practices/export?format=xlsx|csv&status=approved,validated
 * — the good-practice register in the programme's field order, as the caller may see it.
 */
export function handleGoodPracticeExport(ctx: Context, projectId: string, req: Request) {
  return exportRoute(ctx, req, {
    access: inProject(projectId),
    parse: (q) =>
      exportQuery.parse({ format: q.get("format") ?? "xlsx", status: listParam(q.get("status")) }),
    load: async (pctx, input) => {
      const project = await pctx.db
        .selectFrom("projects")
        .select("acronym")
        .where("id", "=", projectId)
        .executeTakeFirstOrThrow();
      const rows = await registerRows(pctx, input.status);
      const warnings = registerWarnings(rows);
      return { acronym: project.acronym, rows, warnings, table: registerTable(rows, warnings) };
    },
    render: (m, input) =>
      input.format === "xlsx"
        ? registerXlsx(m.table, `${m.acronym} good practices`)
        : registerCsv(m.table),
    head: (m, input) => ({
      type: CONTENT_TYPES[input.format],
      fileName: `${fileSafe(m.acronym)}-good-practices-${new Date().toISOString().slice(0, 10)}.${input.format}`,
    }),
    audit: (pctx, m, input) =>
      exportAudit(pctx, {
        entity: "good_practice_register",
        entityId: null,
        summary: `Good-practice register exported as ${input.format.toUpperCase()} (${m.rows.length} practices)`,
        data: { format: input.format, status: input.status, warnings: m.warnings.length },
      }),
  });
}
