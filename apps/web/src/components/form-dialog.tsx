"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { DialogButtons, TitledDialog } from "@/components/titled-dialog";
import { Alert } from "@/components/ui/alert";
import { describeError, type FieldErrors } from "@/lib/errors";

/**
 * The state of a dialog that edits one record: its values (reset from the record each time it
 * opens), the form's error and field errors, and a submit that saves, says so, closes and
 * refreshes the page. On a stale save (CONFLICT) the page refreshes to show the saved record
 * while the person's entry stays in the form.
 */
export function useFormDialog<V>(initial: () => V, conflictMessage: string) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<V>(initial);
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<FieldErrors>({});

  function onOpenChange(next: boolean) {
    if (next) {
      setValues(initial());
      setError(null);
      setFields({});
    }
    setOpen(next);
  }

  /** `save` stores the values and answers the confirmation to show. */
  const submit = (save: () => Promise<string>) => async (e: React.FormEvent) => {
    e.preventDefault();
    setError(null);
    setFields({});
    try {
      toast.success(await save());
      setOpen(false);
      router.refresh();
    } catch (err) {
      const { message, fieldErrors, code } = describeError(err);
      setError(code === "CONFLICT" ? conflictMessage : message);
      setFields(fieldErrors);
      if (code === "CONFLICT") router.refresh();
    }
  };

  return { open, onOpenChange, values, setValues, error, fields, submit };
}

/** A dialog around a form: its trigger, title and description, the error, Cancel and save. */
export function FormDialog({
  state,
  trigger,
  title,
  description,
  onSubmit,
  pending,
  submitLabel,
  children,
}: {
  state: { open: boolean; onOpenChange: (open: boolean) => void; error: string | null };
  trigger: React.ReactNode;
  title: React.ReactNode;
  description: React.ReactNode;
  onSubmit: (e: React.FormEvent) => void;
  pending: boolean;
  submitLabel: string;
  children: React.ReactNode;
}) {
  return (
    <TitledDialog
      open={state.open}
      onOpenChange={state.onOpenChange}
      trigger={trigger}
      title={title}
      description={description}
    >
      <form onSubmit={onSubmit} className="grid gap-4" noValidate>
        {state.error && <Alert variant="error">{state.error}</Alert>}
        {children}
        <DialogButtons
          onCancel={() => state.onOpenChange(false)}
          pending={pending}
          label={submitLabel}
        />
      </form>
    </TitledDialog>
  );
}
