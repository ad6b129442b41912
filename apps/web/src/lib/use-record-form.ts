"use client";

import { useState } from "react";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import { describeError } from "@/lib/errors";

type Described = ReturnType<typeof describeError>;

/**
 * What every page form that edits a saved record does around its save: the version it is
 * based on, the form-level error, the server's field errors on their fields (focus on the
 * first), and, when someone else saved first, the saved values beside the typed ones (the
 * ConflictNotice) with the newer version, so saving again keeps the person's text.
 */
export function useRecordForm<V extends FieldValues, Row extends { version: number }>({
  form,
  initialVersion,
  labels,
  load,
  toValues,
  deletedMessage,
  isStale = (e) => e.code === "CONFLICT",
  focusable = () => true,
}: {
  form: UseFormReturn<V>;
  initialVersion: number;
  /** The form's fields: only these receive a field error. */
  labels: Record<string, string>;
  /** Reads the record as it is saved now. */
  load: () => Promise<Row>;
  toValues: (row: Row) => V;
  /** Shown when the record is gone (or hidden) by the time of the conflict. */
  deletedMessage: string;
  /** A refusal that means "saved by someone else" (by default every CONFLICT). */
  isStale?: (e: Described) => boolean;
  /** Fields that can take focus (a group of checkboxes cannot). */
  focusable?: (name: string) => boolean;
}) {
  const [version, setVersion] = useState(initialVersion);
  const [saved, setSaved] = useState<V | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function showConflict() {
    try {
      const latest = await load();
      setVersion(latest.version);
      setSaved(toValues(latest));
    } catch (err) {
      const { code, message } = describeError(err);
      setError(code === "NOT_FOUND" ? deletedMessage : message);
    }
  }

  return {
    version,
    saved,
    error,
    /** Before a save: no error left from the previous one. */
    clear() {
      setError(null);
      form.clearErrors();
    },
    /** After a failed save. `existing`: the form edits a saved record (a conflict is possible). */
    async fail(err: unknown, existing: boolean) {
      const described = describeError(err);
      if (existing && isStale(described)) {
        await showConflict();
        return;
      }
      setError(described.message);
      let first: Path<V> | null = null;
      for (const [name, messages] of Object.entries(described.fieldErrors)) {
        if (!messages?.length || !(name in labels)) continue;
        form.setError(name as Path<V>, { message: messages.join(" ") });
        if (focusable(name)) first ??= name as Path<V>;
      }
      if (first) form.setFocus(first);
    },
  };
}
