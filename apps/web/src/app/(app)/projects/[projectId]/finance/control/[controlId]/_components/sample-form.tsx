"use client";

import { SAMPLE_METHOD_LABELS } from "@consortia/api/schemas";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { SelectField, TextField } from "@/components/form-fields";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useAction } from "@/lib/use-action";
import { useTRPC } from "@/trpc/react";

/**
 * A random sample by share or count with a seed (recorded: the same seed over the same items
 * draws the same sample; left empty, the app chooses one and records it), or all items.
 */
export function SampleForm({
  projectId,
  controlId,
  version,
}: {
  projectId: string;
  controlId: string;
  version: number;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const sample = useMutation(trpc.control.sample.mutationOptions());
  const action = useAction();
  const [v, setV] = useState({ method: "random_share", size: "10", seed: "" });
  function input() {
    const n = Number(v.size);
    const seed = v.seed.trim() || undefined;
    if (v.method === "all") return { method: "all" as const };
    if (v.method === "random_count") return { method: "random_count" as const, count: n, seed };
    return { method: "random_share" as const, sharePercent: n, seed };
  }
  return (
    <form
      className="grid gap-3 sm:grid-cols-4 sm:items-end"
      onSubmit={(e) => {
        e.preventDefault();
        void action.run(async () => {
          const s = await sample.mutateAsync({ projectId, controlId, version, sample: input() });
          toast.success(
            `Sample drawn: ${s.itemIds.length} items${s.seed ? ` (seed ${s.seed})` : ""}`,
          );
          router.refresh();
        });
      }}
    >
      <SelectField
        label="Method"
        options={(["random_share", "random_count", "all"] as const).map((m) => ({
          value: m,
          label: SAMPLE_METHOD_LABELS[m],
        }))}
        value={v.method}
        onChange={(e) => setV((x) => ({ ...x, method: e.target.value }))}
      />
      {v.method !== "all" && (
        <>
          <TextField
            label={v.method === "random_share" ? "Share (%)" : "Number of items"}
            inputMode="decimal"
            value={v.size}
            onChange={(e) => setV((x) => ({ ...x, size: e.target.value }))}
            error={action.fields.sharePercent ?? action.fields.count}
          />
          <TextField
            label="Seed (optional)"
            hint="Recorded with the sample."
            value={v.seed}
            onChange={(e) => setV((x) => ({ ...x, seed: e.target.value }))}
            error={action.fields.seed}
          />
        </>
      )}
      <Button type="submit" disabled={action.pending}>
        Draw the sample
      </Button>
      {action.error && (
        <Alert variant="error" className="sm:col-span-4">
          {action.error}
        </Alert>
      )}
    </form>
  );
}
