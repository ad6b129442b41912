"use client";

import type { RouterOutputs } from "@consortia/api/client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { TextField } from "@/components/form-fields";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useAction } from "@/lib/use-action";
import { useTRPC } from "@/trpc/react";

type ErrorTypes = RouterOutputs["control"]["errorTypes"];

/** The project's list of error types a deduction names: add, rename, archive (lead). */
export function ErrorTypes({ projectId, types }: { projectId: string; types: ErrorTypes }) {
  const trpc = useTRPC();
  const router = useRouter();
  const save = useMutation(trpc.control.saveErrorType.mutationOptions());
  const archive = useMutation(trpc.control.archiveErrorType.mutationOptions());
  const action = useAction();
  const [form, setForm] = useState({ code: "", label: "" });
  return (
    <div className="grid gap-4">
      <ul className="grid gap-2">
        {types.map((t) => (
          <li key={t.code} className="flex flex-wrap items-center justify-between gap-2 text-sm">
            <span className={t.archived ? "text-muted-foreground line-through" : ""}>
              {t.label} <span className="text-xs text-muted-foreground">({t.code})</span>
            </span>
            <Button
              type="button"
              size="sm"
              variant="outline"
              disabled={action.pending}
              onClick={() =>
                action.run(async () => {
                  await archive.mutateAsync({ projectId, code: t.code, archived: !t.archived });
                  toast.success(`${t.label} ${t.archived ? "restored" : "archived"}`);
                  router.refresh();
                })
              }
            >
              {t.archived ? "Restore" : "Archive"}
              <span className="sr-only"> {t.label}</span>
            </Button>
          </li>
        ))}
      </ul>
      <form
        className="grid gap-3 sm:grid-cols-3 sm:items-end"
        onSubmit={(e) => {
          e.preventDefault();
          void action.run(async () => {
            await save.mutateAsync({ projectId, ...form });
            toast.success(`Error type “${form.label}” saved`);
            setForm({ code: "", label: "" });
            router.refresh();
          });
        }}
      >
        <TextField
          label="Code"
          hint="Lower-case letters, digits and _; an existing code renames it."
          value={form.code}
          onChange={(e) => setForm((f) => ({ ...f, code: e.target.value }))}
          error={action.fields.code}
        />
        <TextField
          label="Name"
          value={form.label}
          onChange={(e) => setForm((f) => ({ ...f, label: e.target.value }))}
          error={action.fields.label}
        />
        <Button type="submit" disabled={action.pending}>
          Save error type
        </Button>
      </form>
      {action.error && <Alert variant="error">{action.error}</Alert>}
    </div>
  );
}
