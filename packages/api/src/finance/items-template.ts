import { csvBuffer, tableOf, xlsxBuffer } from "@consortia/reports";
import { z } from "zod";
import type { Context } from "../context";
import { exportRoute, inProject } from "../shared/export-route";
import { CONTENT_TYPES } from "../shared/http-kit";
import { IMPORT_COLUMNS } from "./items-schemas";

/**
 * GET /api/projects/:projectId/finance/expenditure/template?format=xlsx|csv — the empty
 * layout of a bulk import of expenditure (the header row; the XLSX adds a sheet explaining
 * each column). It holds no data, so it is not audited.
 */
const query = z.strictObject({ format: z.enum(["xlsx", "csv"], "Choose xlsx or csv") });

const header = tableOf(
  {
    name: "expenditure",
    title: "Expenditure",
    columns: IMPORT_COLUMNS.map((c) => ({
      header: c.header,
      kind: "text" as const,
      width: Math.max(14, c.header.length + 2),
      value: () => null,
    })),
  },
  [],
);

const guide = tableOf(
  {
    name: "columns",
    title: "How to fill",
    columns: [
      {
        header: "Column",
        kind: "text",
        width: 26,
        value: (c: (typeof IMPORT_COLUMNS)[number]) => c.header,
      },
      { header: "What to enter", kind: "text", width: 50, value: (c) => c.hint },
    ],
  },
  IMPORT_COLUMNS,
);

export function handleExpenditureTemplate(ctx: Context, projectId: string, req: Request) {
  return exportRoute(ctx, req, {
    access: inProject(projectId),
    parse: (q) => query.parse({ format: q.get("format") ?? "xlsx" }),
    load: async () => null,
    render: (_m, input) =>
      input.format === "xlsx"
        ? xlsxBuffer([header, guide], { created: new Date(), title: "Expenditure import" })
        : csvBuffer(header),
    head: (_m, input) => ({
      type: CONTENT_TYPES[input.format],
      fileName: `expenditure-template.${input.format}`,
    }),
  });
}
