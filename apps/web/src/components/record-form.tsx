"use client";

import Link from "next/link";
import type { ReactNode, Ref } from "react";
import type { FieldValues, Path, PathValue, UseFormReturn } from "react-hook-form";
import { ConflictNotice } from "@/components/conflict-notice";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** Cancel and submit, stacked on a phone; the submit says "Save again" after a conflict. */
export function FormButtons({
  cancel,
  pending,
  again = false,
  submitLabel = "Save",
  size,
}: {
  /** A link back, or what closes the form in place. */
  cancel: string | (() => void);
  pending: boolean;
  again?: boolean;
  submitLabel?: string;
  size?: "sm";
}) {
  return (
    <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
      {typeof cancel === "string" ? (
        <Button asChild variant="outline" size={size}>
          <Link href={cancel}>Cancel</Link>
        </Button>
      ) : (
        <Button type="button" variant="outline" size={size} onClick={cancel}>
          Cancel
        </Button>
      )}
      <Button type="submit" size={size} disabled={pending}>
        {pending ? "Saving…" : again ? "Save again" : submitLabel}
      </Button>
    </div>
  );
}

/**
 * The frame of a form that saves a record (see useRecordForm): its error, what someone else
 * saved meanwhile beside the typed values, the fields, then Cancel and Save.
 */
export function RecordForm<V extends FieldValues>({
  form,
  record,
  label,
  what,
  display,
  conflict,
  onSubmit,
  cancel,
  submitLabel,
  formRef,
  buttons = true,
  children,
}: {
  form: UseFormReturn<V>;
  record: {
    saved: V | null;
    error: string | null;
    labels: Record<keyof V & string, string>;
  };
  /** The form's accessible name. */
  label: string;
  /** What is edited, as in "Someone else saved this {what}". */
  what: string;
  display: (field: keyof V & string, values: V) => string;
  /** More for the ConflictNotice: who saved and when, its heading level, what differs. */
  conflict?: {
    by?: string | null;
    at?: Date;
    headingLevel?: 2 | 3;
    differing?: (field: keyof V & string) => boolean;
  };
  onSubmit: (e?: React.BaseSyntheticEvent) => Promise<void>;
  cancel: string | (() => void);
  submitLabel: string;
  formRef?: Ref<HTMLFormElement>;
  /** False for someone who may only read the record: no Cancel and Save. */
  buttons?: boolean;
  children: ReactNode;
}) {
  const { saved, error, labels } = record;
  return (
    <form ref={formRef} onSubmit={onSubmit} className="grid gap-4" noValidate aria-label={label}>
      {error && <Alert variant="error">{error}</Alert>}
      {saved && (
        <ConflictNotice
          what={what}
          saved={saved}
          current={form.watch()}
          labels={labels}
          display={display}
          onUseSaved={(k) =>
            form.setValue(k as Path<V>, saved[k] as PathValue<V, Path<V>>, { shouldDirty: true })
          }
          {...conflict}
        />
      )}
      {children}
      {buttons && (
        <FormButtons
          cancel={cancel}
          pending={form.formState.isSubmitting}
          again={saved !== null}
          submitLabel={submitLabel}
        />
      )}
    </form>
  );
}
