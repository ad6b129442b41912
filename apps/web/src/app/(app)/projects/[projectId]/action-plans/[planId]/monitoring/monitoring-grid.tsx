"use client";

import type { RouterOutputs } from "@consortia/api/client";
import { useState } from "react";
import { PercentBar, ProgressBadge } from "@/components/policy-badges";
import { Badge } from "@/components/ui/badge";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { formatDate } from "@/lib/labels";
import { ACTION_STATUS_LABELS, ACTION_STATUS_VARIANTS } from "@/lib/policy-labels";
import { cn } from "@/lib/utils";
import { type OpenCell, ProgressDialog } from "./progress-dialog";

type Grid = RouterOutputs["monitoring"]["byPlan"];

/**
 * Actions × reporting periods. Each cell shows the progress in words and colour, the
 * percentage and the comment; choosing it opens the entry to record, correct or evidence it.
 * A period that has not begun takes no progress yet. Under each action, its status, which
 * follows its latest monitored period.
 */
export function MonitoringGrid({
  projectId,
  grid,
  today,
}: {
  projectId: string;
  grid: Grid;
  /** The server's date (YYYY-MM-DD), so the current period is marked the same everywhere. */
  today: string;
}) {
  const [open, setOpen] = useState<OpenCell | null>(null);
  const current = grid.periods.find((p) => p.start <= today && today <= p.end)?.number;
  return (
    <>
      <Table label="Monitoring by action and period" className="min-w-max">
        <caption className="sr-only">
          Progress of each action of {grid.plan.title} by reporting period
        </caption>
        <THead>
          <TR>
            <TH scope="col" className="sticky left-0 z-10 min-w-[12rem] bg-background">
              Action
            </TH>
            {grid.periods.map((p) => (
              <TH
                key={p.number}
                scope="col"
                className={cn("min-w-[10rem] align-top", p.number === current && "text-foreground")}
              >
                Period {p.number}
                {p.number === current && " (current)"}
                <span className="block text-xs font-normal">
                  {formatDate(p.start)} – {formatDate(p.end)}
                  {p.phase === "follow_up" && " · follow-up"}
                </span>
              </TH>
            ))}
          </TR>
        </THead>
        <TBody>
          {grid.actions.map((a) => (
            <TR key={a.id}>
              <TH
                scope="row"
                className="sticky left-0 z-10 max-w-[16rem] bg-background align-top font-medium text-foreground"
              >
                <span className="break-words">
                  {a.position}. {a.title}
                </span>
                <span className="mt-1 block">
                  <span className="sr-only">Status: </span>
                  <Badge variant={ACTION_STATUS_VARIANTS[a.status]}>
                    {ACTION_STATUS_LABELS[a.status]}
                  </Badge>
                </span>
              </TH>
              {a.cells.map((c) => {
                const e = c.entry;
                const verb = e ? (grid.can.edit ? "Change" : "View") : "Record";
                const started = grid.periods.find((p) => p.number === c.periodNumber)?.started;
                if (!e && grid.can.edit && !started)
                  return (
                    <TD key={c.periodNumber} className="align-top text-muted-foreground">
                      Not begun
                    </TD>
                  );
                if (!e && !grid.can.edit)
                  return (
                    <TD key={c.periodNumber} className="align-top text-muted-foreground">
                      Not reported
                    </TD>
                  );
                return (
                  <TD key={c.periodNumber} className="p-1 align-top">
                    <button
                      type="button"
                      onClick={() =>
                        setOpen({
                          actionId: a.id,
                          actionTitle: a.title,
                          periodNumber: c.periodNumber,
                          entry: e,
                        })
                      }
                      className="grid w-full justify-items-start gap-1 rounded-md p-2 text-left hover:bg-muted focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
                    >
                      <span className="sr-only">
                        {verb} progress of {a.title} in period {c.periodNumber}:
                      </span>
                      {e ? (
                        <>
                          <ProgressBadge progress={e.progress} />
                          <PercentBar percent={e.percent} progress={e.progress} />
                          {e.comment && (
                            <span className="line-clamp-2 max-w-[12rem] break-words text-xs">
                              {e.comment}
                            </span>
                          )}
                          {e.evidenceCount > 0 && (
                            <span className="text-xs text-muted-foreground">
                              {e.evidenceCount} evidence{" "}
                              {e.evidenceCount === 1 ? "document" : "documents"}
                            </span>
                          )}
                        </>
                      ) : (
                        <span className="text-sm text-muted-foreground">
                          Not reported · <span className="text-primary underline">Record</span>
                        </span>
                      )}
                    </button>
                  </TD>
                );
              })}
            </TR>
          ))}
        </TBody>
      </Table>
      {open && (
        <ProgressDialog
          key={`${open.actionId}-${open.periodNumber}`}
          projectId={projectId}
          planId={grid.plan.id}
          partnerId={grid.plan.partnerId}
          cell={open}
          canEdit={grid.can.edit}
          onClose={() => setOpen(null)}
        />
      )}
    </>
  );
}
