"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { describeError, type FieldErrors } from "@/lib/errors";

/**
 * One step on a record (a workflow step, a delete, a dialog's save). It keeps the API's
 * refusal and its field errors for the dialog to show; on a CONFLICT (someone else moved the
 * record on first) it refreshes the page, so it shows the record as it is now while the
 * message stays in view.
 */
export function useAction() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<FieldErrors>({});
  const [pending, setPending] = useState(false);

  function clear() {
    setError(null);
    setFields({});
  }

  return {
    error,
    fields,
    pending,
    clear,
    /** A check made here before the API is asked, shown like the API's own. */
    refuse(fieldErrors: FieldErrors) {
      setError(null);
      setFields(fieldErrors);
    },
    /** Runs `work`; true when it went through. */
    async run(work: () => Promise<unknown>): Promise<boolean> {
      clear();
      setPending(true);
      try {
        await work();
        return true;
      } catch (err) {
        const { message, fieldErrors, code } = describeError(err);
        setError(message);
        setFields(fieldErrors);
        if (code === "CONFLICT") router.refresh();
        return false;
      } finally {
        setPending(false);
      }
    },
  };
}
