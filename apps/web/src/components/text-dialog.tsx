"use client";

import { useState } from "react";
import { TitledDialog } from "@/components/titled-dialog";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { DialogFooter } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { describeError, type FieldErrors } from "@/lib/errors";

/**
 * A consequential action that needs a few words (a comment, a reason): a dialog with one
 * text field. The server's message and field error stay inside the dialog; it closes on
 * success.
 */
export function TextDialog({
  trigger,
  title,
  description,
  label,
  hint,
  field,
  submitLabel,
  pendingLabel,
  onSubmit,
}: {
  trigger: React.ReactNode;
  title: string;
  description: string;
  label: string;
  hint: string;
  /** The input's name in the server's field errors. */
  field: string;
  submitLabel: string;
  pendingLabel: string;
  onSubmit: (text: string) => Promise<void>;
}) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState("");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<FieldErrors>({});

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setError(null);
    setFields({});
    setPending(true);
    try {
      await onSubmit(text);
      setOpen(false);
    } catch (err) {
      const { message, fieldErrors } = describeError(err);
      setError(message);
      setFields(fieldErrors);
    } finally {
      setPending(false);
    }
  }

  return (
    <TitledDialog
      unsaved={text.trim() !== ""}
      open={open}
      onOpenChange={(next) => {
        if (next) {
          setText("");
          setError(null);
          setFields({});
        }
        setOpen(next);
      }}
      trigger={trigger}
      title={title}
      description={description}
    >
      <form onSubmit={submit} className="grid gap-4" noValidate>
        {error && <Alert variant="error">{error}</Alert>}
        <Field label={label} hint={hint} error={fields[field]}>
          {(p) => (
            <Textarea
              {...p}
              maxLength={2000}
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
          )}
        </Field>
        <DialogFooter>
          <Button type="button" variant="outline" onClick={() => setOpen(false)}>
            Cancel
          </Button>
          <Button type="submit" disabled={pending}>
            {pending ? pendingLabel : submitLabel}
          </Button>
        </DialogFooter>
      </form>
    </TitledDialog>
  );
}
