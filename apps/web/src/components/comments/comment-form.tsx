"use client";

import { type ReactNode, useEffect, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { describeError, type FieldErrors } from "@/lib/errors";
import { useUnsavedChangesGuard } from "@/lib/use-unsaved-changes";

type Described = ReturnType<typeof describeError>;

/** The comment's text box: a plain one by default, or e.g. one that offers @mentions. */
export type CommentInput = (box: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error: string[] | undefined;
}) => ReactNode;

const plainBox: CommentInput = ({ label, value, onChange, error }) => (
  <Field label={label} error={error}>
    {(p) => <Textarea {...p} value={value} onChange={(e) => onChange(e.target.value)} rows={3} />}
  </Field>
);

/**
 * A new comment, a reply or an edit: one text box, its errors, Cancel and the action. A
 * refusal keeps the text; `onRefused` may say more about it (e.g. what is saved now).
 */
export function CommentForm({
  label,
  fieldLabel,
  initial = "",
  action,
  pendingAction,
  onSubmit,
  onRefused,
  onCancel,
  notice,
  input = plainBox,
  focus = false,
}: {
  /** The form's accessible name. */
  label: string;
  fieldLabel: string;
  initial?: string;
  /** The submit button, e.g. "Post reply", and its text while it runs, e.g. "Posting…". */
  action: string;
  pendingAction: string;
  /** Saves the text; throws when the API refuses. */
  onSubmit: (body: string) => Promise<void>;
  /** The message to show for a refusal instead of the API's own; null shows none. */
  onRefused?: (e: Described) => Promise<string | null>;
  onCancel?: () => void;
  /** Shown above the box, e.g. the text someone else saved meanwhile. */
  notice?: ReactNode;
  input?: CommentInput;
  /** Put the caret at the end of the text when the form opens. */
  focus?: boolean;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [body, setBody] = useState(initial);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<FieldErrors>({});
  useUnsavedChangesGuard(body.trim() !== initial.trim());

  useEffect(() => {
    if (!focus) return;
    const area = box.current?.querySelector("textarea");
    area?.focus();
    area?.setSelectionRange(area.value.length, area.value.length);
  }, [focus]);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setError(null);
    setFields({});
    setPending(true);
    try {
      await onSubmit(body);
      if (!initial) setBody("");
    } catch (err) {
      const described = describeError(err);
      setError(onRefused ? await onRefused(described) : described.message);
      setFields(described.fieldErrors);
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="grid gap-2" aria-label={label}>
      {error && <Alert variant="error">{error}</Alert>}
      {notice}
      <div ref={box}>
        {input({ label: fieldLabel, value: body, onChange: setBody, error: fields.body })}
      </div>
      <div className="flex flex-wrap justify-end gap-2">
        {onCancel && (
          <Button type="button" variant="outline" size="sm" onClick={onCancel}>
            Cancel
          </Button>
        )}
        <Button type="submit" size="sm" disabled={pending}>
          {pending ? pendingAction : action}
        </Button>
      </div>
    </form>
  );
}
