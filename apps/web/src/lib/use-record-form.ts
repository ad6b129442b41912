"use client";

import { useCallback, useState } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import { describeError } from "@/lib/errors";
import { showFieldErrors } from "@/lib/form-errors";
import { useUnsavedChangesGuard } from "@/lib/use-unsaved-changes";

type Described = ReturnType<typeof describeError>;

/** What `load` found when a save was refused as stale. */
type Latest<Row> = Row | null | false;

/**
 * What every form that edits a saved record does around its save: the version it is based
 * on, the form-level error, the server's field errors on their fields (focus on the first),
 * and, when someone else saved first, the saved values beside the typed ones (the
 * ConflictNotice) with the newer version, so saving again keeps the person's text. While
 * the form holds unsaved changes, leaving the page asks first (useUnsavedChangesGuard); a
 * successful save makes the saved values the form's new starting point.
 */
export function useRecordForm<V extends FieldValues, Row extends { version: number }>({
  form,
  existing,
  initialVersion,
  labels,
  load,
  toValues,
  deletedMessage,
  isStale = (e) => e.code === "CONFLICT" && Object.keys(e.fieldErrors).length === 0,
  focusable,
  onConflict,
}: {
  form: UseFormReturn<V>;
  /** The form edits a saved record (so someone else may have saved it first). */
  existing: boolean;
  initialVersion: number;
  /** The form's fields and their names: only these receive a field error. */
  labels: Record<keyof V & string, string>;
  /**
   * Reads the record as it is saved now: null when it is gone (or hidden), false when the
   * change is no longer allowed at all (e.g. its plan was locked), which the server's own
   * refusal then says.
   */
  load: () => Promise<Latest<Row>>;
  toValues: (row: Row) => V;
  /** Shown when the record is gone by the time of the conflict. */
  deletedMessage: string;
  /**
   * A refusal that means "saved by someone else". By default a CONFLICT without field
   * errors: a conflict on a field (a code already taken) is told under that field.
   */
  isStale?: (e: Described) => boolean;
  /** Fields that can take focus (a group of checkboxes cannot). */
  focusable?: (name: string) => boolean;
  /** After the newer saved values are known, e.g. to refresh the page around the form. */
  onConflict?: (row: Row) => void;
}) {
  const [version, setVersion] = useState(initialVersion);
  const [latest, setLatest] = useState<Row | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Read during render, so react-hook-form re-renders this form when it turns dirty.
  useUnsavedChangesGuard(form.formState.isDirty);

  async function showConflict(refusal: string) {
    try {
      const row = await load();
      if (row === false) setError(refusal);
      else if (row === null) setError(deletedMessage);
      else {
        setVersion(row.version);
        setLatest(row);
        onConflict?.(row);
      }
    } catch (err) {
      const { code, message } = describeError(err);
      setError(code === "NOT_FOUND" ? deletedMessage : message);
    }
  }

  /**
   * The page brought a newer version the form may save over: nothing was typed meanwhile
   * (the notice goes), or what changed is not in the form (the notice stays).
   */
  const rebase = useCallback((next: number, { keepNotice = false } = {}) => {
    setVersion(next);
    if (!keepNotice) setLatest(null);
  }, []);

  /** After a failed save: a stale one shows the conflict, any other its errors. */
  async function fail(err: unknown) {
    const described = describeError(err);
    if (existing && isStale(described)) {
      await showConflict(described.message);
      return;
    }
    setError(described.message);
    showFieldErrors(form, described.fieldErrors, {
      fields: labels,
      ...(focusable ? { focusable } : {}),
    });
  }

  return {
    version,
    /** The values someone else saved meanwhile, once a save was refused as stale. */
    saved: latest ? toValues(latest) : null,
    latest,
    error,
    labels,
    /** The form's submit handler: `save` runs on valid values; a refusal lands on the form. */
    submit(save: (values: V) => Promise<void>) {
      return form.handleSubmit(async (values) => {
        setError(null);
        form.clearErrors();
        try {
          await save(values);
          form.reset(form.getValues(), { keepValues: true });
        } catch (err) {
          await fail(err);
        }
      });
    },
    rebase,
  };
}
