"use client";

import { OUTCOME_LABELS, parseAmount } from "@consortia/api/schemas";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { labelOptions, SelectField, TextAreaField, TextField } from "@/components/form-fields";
import { DialogButtons, TitledDialog } from "@/components/titled-dialog";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { amountInput, formatEuros } from "@/lib/money-format";
import { useAction } from "@/lib/use-action";
import { useTRPC } from "@/trpc/react";
import type { ControlItem, ErrorTypeOption } from "./types";

type Outcome = keyof typeof OUTCOME_LABELS;

/**
 * The controller's decision on one item: verified, certified with a deduction (amount
 * certified, type of error, comment), parked for a later report, or back to pending. The API
 * checks the amount (never more than declared) and refuses a stale save.
 */
export function ItemDecision({
  projectId,
  controlId,
  item,
  errorTypes,
}: {
  projectId: string;
  controlId: string;
  item: ControlItem;
  errorTypes: ErrorTypeOption[];
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const save = useMutation(trpc.control.setItem.mutationOptions());
  const action = useAction();
  const [open, setOpen] = useState(false);
  const initial = () => ({
    outcome: item.outcome as string,
    certified: amountInput(item.certifiedCents ?? item.eurCents),
    errorType: item.errorType ?? "",
    comment: item.comment,
  });
  const [v, setV] = useState(initial);
  const set =
    (k: keyof ReturnType<typeof initial>) =>
    (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) =>
      setV((x) => ({ ...x, [k]: e.target.value }));
  function decision() {
    const outcome = v.outcome as Outcome;
    if (outcome === "pending") return { outcome };
    if (outcome === "deducted") {
      const cents = parseAmount(v.certified);
      if (cents === null) return null;
      return { outcome, certifiedCents: cents, errorType: v.errorType, comment: v.comment };
    }
    return { outcome, comment: v.comment };
  }
  return (
    <TitledDialog
      open={open}
      onOpenChange={(next) => {
        if (next) {
          setV(initial());
          action.clear();
        }
        setOpen(next);
      }}
      trigger={
        <Button type="button" size="sm" variant="outline">
          Decide<span className="sr-only"> on {item.description}</span>
        </Button>
      }
      title={`Decide on “${item.description}”`}
      description={`Declared: EUR ${formatEuros(item.eurCents)}. A deduction names its type of error and says why.`}
    >
      <form
        className="grid gap-3"
        onSubmit={(e) => {
          e.preventDefault();
          const d = decision();
          if (!d) {
            action.refuse({ certifiedCents: ["Give an amount like 1234.56"] });
            return;
          }
          void action
            .run(() =>
              save.mutateAsync({
                projectId,
                controlId,
                itemId: item.itemId,
                version: item.version,
                decision: d,
              }),
            )
            .then((ok) => {
              if (!ok) return;
              toast.success(`${item.description}: ${OUTCOME_LABELS[d.outcome]}`);
              setOpen(false);
              router.refresh();
            });
        }}
      >
        <SelectField
          label="Outcome"
          options={labelOptions(OUTCOME_LABELS)}
          value={v.outcome}
          onChange={set("outcome")}
        />
        {v.outcome === "deducted" && (
          <>
            <TextField
              label="Amount certified (EUR)"
              hint="Less than declared; the difference is deducted."
              inputMode="decimal"
              value={v.certified}
              onChange={set("certified")}
              error={action.fields.certifiedCents}
            />
            <SelectField
              label="Type of error"
              placeholder="Choose…"
              options={errorTypes.map((t) => ({ value: t.code, label: t.label }))}
              value={v.errorType}
              onChange={set("errorType")}
              error={action.fields.errorType}
            />
          </>
        )}
        {v.outcome !== "pending" && (
          <TextAreaField
            label={v.outcome === "deducted" ? "Why the amount is deducted" : "Comment (optional)"}
            hint="The partner reads it."
            value={v.comment}
            onChange={set("comment")}
            error={action.fields.comment}
          />
        )}
        {action.error && <Alert variant="error">{action.error}</Alert>}
        <DialogButtons
          onCancel={() => setOpen(false)}
          pending={action.pending}
          label="Save decision"
          pendingLabel="Saving…"
        />
      </form>
    </TitledDialog>
  );
}
