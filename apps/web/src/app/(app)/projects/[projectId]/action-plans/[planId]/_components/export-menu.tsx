"use client";

import { ChevronDown, Download } from "lucide-react";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { type ExportFormat, exportUrl, SNAPSHOT_TRANSITION_LABELS } from "../../_components/labels";
import type { Plan } from "./action-values";

const FORMATS: Array<{ format: ExportFormat; label: string }> = [
  { format: "pdf", label: "PDF" },
  { format: "docx", label: "Word (DOCX)" },
  { format: "xlsx", label: "Excel (XLSX)" },
];

/**
 * The plan in the programme's template: the current text, or the latest snapshot. Older
 * snapshots are exported from the history page.
 */
export function ExportMenu({ projectId, plan }: { projectId: string; plan: Plan }) {
  const latest = plan.snapshots[0] ?? null;
  const items = (snapshot: number | null, what: string) =>
    FORMATS.map((f) => (
      <DropdownMenuItem key={`${snapshot}-${f.format}`} asChild>
        <a
          href={exportUrl(projectId, plan.id, f.format, snapshot)}
          download
          aria-label={`${f.label}, ${what}`}
        >
          <Download className="size-4" aria-hidden />
          {f.label}
        </a>
      </DropdownMenuItem>
    ));
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button type="button" variant="outline">
          <Download aria-hidden /> Export <ChevronDown aria-hidden />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent>
        <DropdownMenuLabel>Current text</DropdownMenuLabel>
        {items(null, "current text")}
        {latest && (
          <>
            <DropdownMenuSeparator />
            <DropdownMenuLabel>
              Snapshot {latest.number} ({SNAPSHOT_TRANSITION_LABELS[latest.transition]})
            </DropdownMenuLabel>
            {items(latest.number, `snapshot ${latest.number}`)}
          </>
        )}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
