"use client";

import { parseAmount } from "@consortia/api/schemas";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { toast } from "sonner";
import { ColumnHeads } from "@/components/column-heads";
import { ScrollingTable } from "@/components/scrolling-table";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input, NativeSelect } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { TBody, TD, TH, TR } from "@/components/ui/table";
import { describeError } from "@/lib/errors";
import { amountInput, formatEuros } from "@/lib/money-format";
import { useTRPC } from "@/trpc/react";
import type { Budget } from "./types";

type Category = Budget["categories"][number]["category"];
const key = (category: string, period: number) => `${category}|${period}`;

/**
 * One partner's spending plan: real-cost categories × periods as inputs (for the lead while
 * the budget is a draft), flat-rate rows computed by the API and read-only, totals per row
 * and per period. Saving sends the changed cells only; a refused cell shows its message.
 */
export function PlanGrid({ projectId, budget }: { projectId: string; budget: Budget }) {
  const trpc = useTRPC();
  const router = useRouter();
  const selectId = useId();
  const [partnerId, setPartnerId] = useState(budget.partners[0]?.id ?? "");
  const [edits, setEdits] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const save = useMutation(trpc.budget.saveLines.mutationOptions());
  const partner = budget.partners.find((p) => p.id === partnerId);
  const saved = new Map(
    budget.lines
      .filter((l) => l.partnerId === partnerId)
      .map((l) => [key(l.category, l.periodNumber), l.amountCents]),
  );
  const edit = budget.can.edit;

  function choose(id: string) {
    setPartnerId(id);
    setEdits({});
    setErrors({});
    setError(null);
  }

  async function onSave(e: React.FormEvent) {
    e.preventDefault();
    setError(null);
    const local: Record<string, string> = {};
    const lines = Object.entries(edits).flatMap(([k, text]) => {
      const [category = "", period = "0"] = k.split("|");
      const cents = text.trim() === "" ? 0 : parseAmount(text);
      if (cents === null || cents < 0) {
        local[k] = "Give an amount in euros, like 1234.56";
        return [];
      }
      if (cents === (saved.get(k) ?? 0)) return [];
      return [
        {
          k,
          partnerId,
          category: category as Category,
          periodNumber: Number(period),
          amountCents: cents,
        },
      ];
    });
    setErrors(local);
    if (Object.keys(local).length) return setError("Some cells need attention");
    if (!lines.length) return setError("Nothing has changed");
    try {
      await save.mutateAsync({
        projectId,
        lines: lines.map(({ k: _, ...l }) => l),
        version: budget.version?.version ?? 0,
      });
      toast.success(`Plan of ${partner?.shortName ?? "the partner"} saved`);
      setEdits({});
      router.refresh();
    } catch (err) {
      const { message, fieldErrors, code } = describeError(err);
      setError(code === "CONFLICT" ? `${message} Your entries are still in the grid.` : message);
      const mapped: Record<string, string> = {};
      for (const [field, m] of Object.entries(fieldErrors)) {
        const i = Number(field.split(".")[1]);
        const line = lines[i];
        if (line && m?.length) mapped[line.k] = m.join(" ");
      }
      setErrors(mapped);
      if (code === "CONFLICT") router.refresh();
    }
  }

  if (!partner)
    return <p className="text-sm text-muted-foreground">The project has no partners yet.</p>;
  const cellTotal = (period: number) =>
    budget.totals.byPartnerPeriod[`${partnerId}|${period}`] ?? 0;
  return (
    <form onSubmit={onSave} className="grid gap-4" noValidate>
      <div className="grid max-w-sm gap-1.5">
        <Label htmlFor={selectId}>Partner</Label>
        <NativeSelect id={selectId} value={partnerId} onChange={(e) => choose(e.target.value)}>
          {budget.partners.map((p) => (
            <option key={p.id} value={p.id}>
              {p.shortName} — {p.name}
            </option>
          ))}
        </NativeSelect>
      </div>
      {error && <Alert variant="error">{error}</Alert>}
      <ScrollingTable label={`Spending plan of ${partner.shortName}`}>
        <caption className="sr-only">
          The plan of {partner.shortName} in euros per cost category and reporting period; flat-rate
          rows are computed
        </caption>
        <ColumnHeads
          columns={[
            "Cost category",
            ...budget.periods.map((p) => ({
              label: `Period ${p.number}`,
              className: "text-right",
            })),
            { label: "Total", className: "text-right" },
          ]}
        />
        <TBody>
          {budget.categories.map((c) => (
            <TR key={c.category}>
              <TH scope="row" className="min-w-48 font-medium">
                {c.label}
                {c.computed && (
                  <span className="block text-xs font-normal text-muted-foreground">
                    Flat rate: {c.flatRatePercent} %, computed
                  </span>
                )}
              </TH>
              {budget.periods.map((p) => {
                const k = key(c.category, p.number);
                const cents = saved.get(k);
                if (c.computed || !edit)
                  return (
                    <TD key={k} className="text-right tabular-nums">
                      {formatEuros(cents ?? 0)}
                    </TD>
                  );
                const message = errors[k];
                return (
                  <TD key={k} className="min-w-32 text-right">
                    <Input
                      aria-label={`${c.label}, period ${p.number} (EUR)`}
                      aria-invalid={Boolean(message)}
                      title={message}
                      inputMode="decimal"
                      className="text-right tabular-nums"
                      value={edits[k] ?? (cents ? amountInput(cents) : "")}
                      onChange={(e) => setEdits((s) => ({ ...s, [k]: e.target.value }))}
                    />
                    {message && <span className="block text-xs text-destructive">{message}</span>}
                  </TD>
                );
              })}
              <TD className="text-right font-medium tabular-nums">
                {formatEuros(budget.totals.byPartnerCategory[`${partnerId}|${c.category}`] ?? 0)}
              </TD>
            </TR>
          ))}
          <TR className="font-semibold">
            <TH scope="row">Total</TH>
            {budget.periods.map((p) => (
              <TD key={p.number} className="text-right tabular-nums">
                {formatEuros(cellTotal(p.number))}
              </TD>
            ))}
            <TD className="text-right tabular-nums">
              {formatEuros(budget.totals.byPartner[partnerId] ?? 0)}
            </TD>
          </TR>
        </TBody>
      </ScrollingTable>
      {edit && (
        <div>
          <Button type="submit" disabled={save.isPending}>
            Save plan of {partner.shortName}
          </Button>
        </div>
      )}
    </form>
  );
}
