"use client";

import { CATEGORY_LABELS } from "@consortia/api/schemas";
import { useMutation } from "@tanstack/react-query";
import { FormDialog, useFormDialog } from "@/components/form-dialog";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, NativeSelect } from "@/components/ui/input";
import { useTRPC } from "@/trpc/react";
import type { BudgetOptions, CategoryRule } from "./types";

type Category = CategoryRule["category"];

/**
 * The lead coordinator sets the budget options: which categories are used, which are flat
 * rates (on which base, at which rate), the desk's thresholds and the flexibility. Once a
 * budget is approved the categories and flat rates are shown but locked.
 */
export function OptionsDialog({
  projectId,
  options,
}: {
  projectId: string;
  options: BudgetOptions;
}) {
  const trpc = useTRPC();
  const locked = options.categoriesLocked;
  const form = useFormDialog(
    () => ({
      categories: options.categories.map((c) => ({ ...c })),
      amber: String(options.amberPercent),
      red: String(options.redPercent),
      flexibility: String(options.flexibilityPercent),
    }),
    "Someone changed the budget options meanwhile. The page now shows them; your entries are still in the form, save again to apply them.",
  );
  const { values, setValues, fields } = form;
  const save = useMutation(trpc.budget.saveOptions.mutationOptions());
  const setRule = (i: number, change: Partial<CategoryRule>) =>
    setValues((v) => ({
      ...v,
      categories: v.categories.map((c, j) => (j === i ? { ...c, ...change } : c)),
    }));

  /** A whole percentage; an empty or wrong entry is sent as NaN and refused by the API. */
  const whole = (text: string) => (/^\d{1,3}$/.test(text.trim()) ? Number(text) : Number.NaN);
  const onSubmit = form.submit(async () => {
    await save.mutateAsync({
      projectId,
      categories: values.categories,
      amberPercent: whole(values.amber),
      redPercent: whole(values.red),
      flexibilityPercent: whole(values.flexibility),
      version: options.version,
    });
    return "Budget options saved";
  });

  const bases = (self: Category) =>
    values.categories.filter((c) => c.category !== self && c.inUse && c.flatRatePercent === null);
  return (
    <FormDialog
      state={form}
      trigger={<Button variant="outline">Edit options</Button>}
      title="Budget options"
      description={
        locked
          ? "The budget is approved: categories and flat rates are locked; thresholds and flexibility can still change."
          : "Cost categories in use and flat rates; the money desk's thresholds; the flexibility each partner has over its own budget."
      }
      onSubmit={onSubmit}
      pending={save.isPending}
      submitLabel="Save options"
    >
      <fieldset className="grid gap-3" disabled={locked}>
        <legend className="mb-1 text-sm font-medium">Cost categories</legend>
        {values.categories.map((c, i) => {
          const flat = c.flatRatePercent !== null;
          const problem = [
            ...(fields[`categories.${i}.flatRateBase`] ?? []),
            ...(fields[`categories.${i}.flatRatePercent`] ?? []),
          ];
          return (
            <div key={c.category} className="grid gap-2 rounded-md border p-3">
              <label className="flex items-center gap-2 text-sm font-medium">
                <input
                  type="checkbox"
                  checked={c.inUse}
                  onChange={(e) => setRule(i, { inUse: e.target.checked })}
                />
                {CATEGORY_LABELS[c.category]}
              </label>
              {c.inUse && (
                <div className="grid gap-2 sm:grid-cols-3">
                  <Field label="Computed as">
                    {(p) => (
                      <NativeSelect
                        {...p}
                        value={flat ? "flat" : "real"}
                        onChange={(e) =>
                          setRule(
                            i,
                            e.target.value === "flat"
                              ? {
                                  flatRatePercent: "15",
                                  flatRateBase: bases(c.category)[0]?.category ?? null,
                                }
                              : { flatRatePercent: null, flatRateBase: null },
                          )
                        }
                      >
                        <option value="real">Real costs</option>
                        <option value="flat">Flat rate</option>
                      </NativeSelect>
                    )}
                  </Field>
                  {flat && (
                    <>
                      <Field label="Rate (%)">
                        {(p) => (
                          <Input
                            {...p}
                            inputMode="decimal"
                            value={c.flatRatePercent ?? ""}
                            onChange={(e) => setRule(i, { flatRatePercent: e.target.value })}
                          />
                        )}
                      </Field>
                      <Field label="Of">
                        {(p) => (
                          <NativeSelect
                            {...p}
                            value={c.flatRateBase ?? ""}
                            onChange={(e) =>
                              setRule(i, {
                                flatRateBase: (e.target.value || null) as Category | null,
                              })
                            }
                          >
                            <option value="">Choose…</option>
                            {bases(c.category).map((b) => (
                              <option key={b.category} value={b.category}>
                                {CATEGORY_LABELS[b.category]}
                              </option>
                            ))}
                          </NativeSelect>
                        )}
                      </Field>
                    </>
                  )}
                </div>
              )}
              {problem.length > 0 && (
                <p className="text-sm text-destructive">{problem.join(" ")}</p>
              )}
            </div>
          );
        })}
      </fieldset>
      {fields.categories && <Alert variant="error">{fields.categories.join(" ")}</Alert>}
      <div className="grid gap-3 sm:grid-cols-3">
        {(
          [
            ["amber", "Amber below (%)", "amberPercent"],
            ["red", "Red below (%)", "redPercent"],
            ["flexibility", "Flexibility (%)", "flexibilityPercent"],
          ] as const
        ).map(([k, label, field]) => (
          <Field key={k} label={label} error={fields[field]}>
            {(p) => (
              <Input
                {...p}
                inputMode="numeric"
                value={values[k]}
                onChange={(e) => setValues((v) => ({ ...v, [k]: e.target.value }))}
              />
            )}
          </Field>
        ))}
      </div>
    </FormDialog>
  );
}
