"use client";

import { REPORT_TABLES as EXPORT_TABLES } from "@consortia/api/schemas";
import { useId, useState } from "react";
import { ExportDownload } from "@/components/export-download";
import { NativeSelect } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { type ExportFormat, exportUrl } from "./export-links";

const WHOLE: Array<{ format: ExportFormat; label: string }> = [
  { format: "pdf", label: "PDF report" },
  { format: "xlsx", label: "Excel workbook (XLSX)" },
  { format: "json", label: "JSON for other systems" },
  { format: "zip", label: "Every table as CSV, with the JSON (ZIP)" },
];

/**
 * The report shown on the page (the current one or a submitted version) as PDF, XLSX, JSON,
 * or one table as CSV. Each download shows its progress; the server leaves out what the
 * reader may not see.
 */
export function ExportPanel({
  projectId,
  periodNumber,
  version,
}: {
  projectId: string;
  periodNumber: number;
  version: number | null;
}) {
  const id = useId();
  const [table, setTable] = useState(EXPORT_TABLES[0]?.name ?? "summary");
  const title = EXPORT_TABLES.find((t) => t.name === table)?.title ?? table;
  return (
    <div className="grid min-w-0 gap-4">
      <ul className="grid gap-3 sm:grid-cols-2">
        {WHOLE.map((f) => (
          <li key={f.format} className="min-w-0">
            <ExportDownload
              href={exportUrl(projectId, periodNumber, f.format, { version })}
              label={f.label}
            />
          </li>
        ))}
      </ul>
      <div className="grid min-w-0 gap-2">
        <Label htmlFor={id}>One table as CSV</Label>
        <NativeSelect
          id={id}
          className="min-w-0 sm:w-72"
          value={table}
          onChange={(e) => setTable(e.target.value)}
        >
          {EXPORT_TABLES.map((t) => (
            <option key={t.name} value={t.name}>
              {t.title}
            </option>
          ))}
        </NativeSelect>
        <ExportDownload
          href={exportUrl(projectId, periodNumber, "csv", { version, table })}
          label={`${title} (CSV)`}
        />
      </div>
    </div>
  );
}
