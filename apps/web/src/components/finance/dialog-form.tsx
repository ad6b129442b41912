"use client";

import { useRouter } from "next/navigation";
import { type ReactNode, useState } from "react";
import { toast } from "sonner";
import { DialogButtons, TitledDialog } from "@/components/titled-dialog";
import { Alert } from "@/components/ui/alert";
import { useAction } from "@/lib/use-action";

type Change = React.ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>;

/**
 * The state of a finance dialog that adds or edits one record: its text values (reset from
 * the record each time it opens), the API's refusal with its field errors, and a save that
 * says so, closes and refreshes the page. A stale save refreshes the page (useAction) while
 * the person's entry stays in the form.
 */
export function useDialogForm<V extends Record<string, string>>(initial: () => V) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<V>(initial);
  const action = useAction();
  const set = (k: keyof V) => (e: Change) => setValues((v) => ({ ...v, [k]: e.target.value }));
  return {
    open,
    values,
    action,
    set,
    /** A field's value, change handler and error, to spread onto a TextField or SelectField. */
    bind: (k: keyof V & string) => ({
      value: values[k],
      onChange: set(k),
      error: action.fields[k],
    }),
    onOpenChange(next: boolean) {
      if (next) {
        setValues(initial());
        action.clear();
      }
      setOpen(next);
    },
    /** Runs `work`; on success confirms with `message`, closes and refreshes. */
    save: (work: () => Promise<unknown>, message: string) => async (e: React.FormEvent) => {
      e.preventDefault();
      if (!(await action.run(work))) return;
      toast.success(message);
      setOpen(false);
      router.refresh();
    },
  };
}

/** The dialog around such a form: two columns on a wide screen, the error, Cancel and save. */
export function DialogForm({
  state,
  trigger,
  title,
  description,
  submitLabel,
  onSubmit,
  children,
}: {
  state: {
    open: boolean;
    onOpenChange: (open: boolean) => void;
    action: { error: string | null; pending: boolean };
  };
  trigger: ReactNode;
  title: string;
  description: string;
  submitLabel: string;
  onSubmit: (e: React.FormEvent) => void;
  children: ReactNode;
}) {
  return (
    <TitledDialog
      open={state.open}
      onOpenChange={state.onOpenChange}
      wide
      trigger={trigger}
      title={title}
      description={description}
    >
      <form onSubmit={onSubmit} className="grid gap-4 sm:grid-cols-2" noValidate>
        {state.action.error && (
          <Alert variant="error" className="sm:col-span-2">
            {state.action.error}
          </Alert>
        )}
        {children}
        <div className="sm:col-span-2">
          <DialogButtons
            onCancel={() => state.onOpenChange(false)}
            pending={state.action.pending}
            label={submitLabel}
          />
        </div>
      </form>
    </TitledDialog>
  );
}

/** A refused import: the message and every problem by row and column. */
export function ProblemsAlert({
  message,
  problems,
}: {
  message: string | null;
  problems: readonly string[];
}) {
  if (!message) return null;
  return (
    <Alert variant="error">
      <p>{message}</p>
      {problems.length > 0 && (
        <ul className="mt-2 list-disc pl-5">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
    </Alert>
  );
}
