"use client";

import { CATEGORY_LABELS, OUTCOME_LABELS } from "@consortia/api/schemas";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { ColumnHeads } from "@/components/column-heads";
import { ScrollingTable } from "@/components/scrolling-table";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { TBody, TD, TH, TR } from "@/components/ui/table";
import { formatEuros } from "@/lib/money-format";
import { useAction } from "@/lib/use-action";
import { useTRPC } from "@/trpc/react";
import { ItemDecision } from "./item-decision";
import type { ControlItem, ErrorTypeOption } from "./types";

const VARIANT = {
  pending: "secondary",
  verified: "success",
  deducted: "warning",
  parked: "outline",
} as const;

/**
 * The items of the controlled report with their amount and category (so the controller can
 * pick by risk), whether they are in the sample, and the outcome. The controller ticks items
 * for a sample of its own and decides each; the partner reads outcomes and comments.
 */
export function ItemsTable({
  projectId,
  controlId,
  version,
  items,
  errorTypes,
  can,
}: {
  projectId: string;
  controlId: string;
  version: number;
  items: ControlItem[];
  errorTypes: ErrorTypeOption[];
  can: { sample: boolean; decide: boolean };
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const sample = useMutation(trpc.control.sample.mutationOptions());
  const action = useAction();
  const [picked, setPicked] = useState(
    () => new Set(items.filter((i) => i.inSample).map((i) => i.itemId)),
  );
  const label = (e: ErrorTypeOption["code"] | null) =>
    errorTypes.find((t) => t.code === e)?.label ?? e;
  return (
    <div className="grid gap-3">
      <ScrollingTable label="Items of the report under control">
        <caption className="sr-only">
          Each item of expenditure, its amount and the controller's outcome
        </caption>
        <ColumnHeads
          columns={[
            ...(can.sample ? [{ label: "Pick for the sample", srOnly: true }] : []),
            "Item",
            "Category",
            { label: "Amount (EUR)", className: "text-right" },
            "In sample",
            "Outcome",
            ...(can.decide ? [{ label: "Actions", srOnly: true }] : []),
          ]}
        />
        <TBody>
          {items.map((i) => (
            <TR key={i.itemId}>
              {can.sample && (
                <TD>
                  <input
                    type="checkbox"
                    aria-label={`Pick ${i.description} for the sample`}
                    checked={picked.has(i.itemId)}
                    onChange={(e) =>
                      setPicked((s) => {
                        const next = new Set(s);
                        if (e.target.checked) next.add(i.itemId);
                        else next.delete(i.itemId);
                        return next;
                      })
                    }
                  />
                </TD>
              )}
              <TH scope="row" className="font-medium text-foreground">
                {i.description}
                {i.detail && (
                  <span className="block text-xs text-muted-foreground">
                    {[
                      i.detail.invoiceNumber && `Invoice ${i.detail.invoiceNumber}`,
                      i.detail.staffPerson,
                      i.detail.contractName,
                    ]
                      .filter(Boolean)
                      .join(" · ")}
                  </span>
                )}
              </TH>
              <TD>{CATEGORY_LABELS[i.category]}</TD>
              <TD className="text-right tabular-nums">{formatEuros(i.eurCents)}</TD>
              <TD>{i.inSample ? "Yes" : "No"}</TD>
              <TD>
                <Badge variant={VARIANT[i.outcome]}>{OUTCOME_LABELS[i.outcome]}</Badge>
                {i.outcome === "deducted" && (
                  <span className="block text-xs">
                    EUR {formatEuros(i.deductedCents)} deducted ({label(i.errorType)})
                  </span>
                )}
                {i.comment && (
                  <span className="block text-xs text-muted-foreground">{i.comment}</span>
                )}
              </TD>
              {can.decide && (
                <TD className="text-right">
                  <ItemDecision
                    projectId={projectId}
                    controlId={controlId}
                    item={i}
                    errorTypes={errorTypes.filter((t) => !t.archived)}
                  />
                </TD>
              )}
            </TR>
          ))}
        </TBody>
      </ScrollingTable>
      {can.sample && (
        <div className="flex flex-wrap items-center gap-2">
          <Button
            type="button"
            variant="outline"
            disabled={action.pending || picked.size === 0}
            onClick={() =>
              action.run(async () => {
                await sample.mutateAsync({
                  projectId,
                  controlId,
                  version,
                  sample: { method: "manual", itemIds: [...picked] },
                });
                toast.success(`Sample set: ${picked.size} items picked`);
                router.refresh();
              })
            }
          >
            Use the {picked.size} ticked items as the sample
          </Button>
          {action.error && <Alert variant="error">{action.error}</Alert>}
        </div>
      )}
    </div>
  );
}
