"use client";

import { DateTime } from "@/components/date-time";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { changedFields, displayValue, type EditValues, FIELD_LABELS } from "./edit-values";
import type { FolderOption } from "./folder-options";

export type Conflict = { saved: EditValues; by: string | null; at: Date };

/** What someone else saved meanwhile, beside what this person typed, field by field. */
export function ConflictPanel({
  conflict,
  current,
  folders,
  languages,
  onUseSaved,
}: {
  conflict: Conflict;
  current: EditValues;
  folders: FolderOption[];
  languages: Record<string, string>;
  onUseSaved: (field: keyof EditValues) => void;
}) {
  const differing = changedFields(current, conflict.saved);
  return (
    <div className="grid gap-3">
      <Alert variant="error">
        <p className="font-medium">
          {conflict.by ?? "Someone else"} saved this document (
          <DateTime value={conflict.at} />) while you were editing.
        </p>
        <p>
          Your changes are still in the form. Compare them with what is saved now, take over what
          you want to keep, then choose “Save again” to save your version.
        </p>
      </Alert>
      <section aria-labelledby="saved-now" className="grid gap-2 rounded-md border p-3 text-sm">
        <h3 id="saved-now" className="font-medium">
          Saved now, where it differs from your text
        </h3>
        {differing.length === 0 ? (
          <p className="text-muted-foreground">Your values now match the saved ones.</p>
        ) : (
          <dl className="grid gap-3">
            {differing.map((field) => (
              <div key={field} className="grid gap-1">
                <dt className="font-medium">{FIELD_LABELS[field]}</dt>
                <dd className="grid justify-items-start gap-1">
                  <span className="whitespace-pre-line break-words">
                    {displayValue(field, conflict.saved, { folders, languages })}
                  </span>
                  <Button
                    type="button"
                    variant="outline"
                    size="sm"
                    onClick={() => onUseSaved(field)}
                  >
                    Use the saved {FIELD_LABELS[field].toLowerCase()}
                  </Button>
                </dd>
              </div>
            ))}
          </dl>
        )}
      </section>
    </div>
  );
}
