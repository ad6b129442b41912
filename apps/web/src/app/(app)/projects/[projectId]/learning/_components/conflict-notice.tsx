"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

export type SavedConflict<V> = { saved: V; savedVersion: number };

/**
 * What someone else saved meanwhile, where it differs from what this person typed. Their
 * text stays in the form; each differing field can take over the saved value.
 */
export function ConflictNotice<V extends Record<string, unknown>>({
  what,
  saved,
  current,
  labels,
  display,
  onUseSaved,
}: {
  what: string;
  saved: V;
  current: V;
  labels: Record<keyof V & string, string>;
  display: (field: keyof V & string, values: V) => string;
  onUseSaved: (field: keyof V & string) => void;
}) {
  const differing = (Object.keys(labels) as (keyof V & string)[]).filter(
    (k) => display(k, saved) !== display(k, current),
  );
  return (
    <div className="grid gap-3">
      <Alert variant="error">
        <p className="font-medium">Someone else saved this {what} while you were editing.</p>
        <p>
          Your changes are still in the form. Compare them with what is saved now, take over what
          you want to keep, then choose “Save again” to save your version.
        </p>
      </Alert>
      <section aria-labelledby="saved-now" className="grid gap-2 rounded-md border p-3 text-sm">
        <h2 id="saved-now" className="font-medium">
          Saved now, where it differs from your text
        </h2>
        {differing.length === 0 ? (
          <p className="text-muted-foreground">Your values now match the saved ones.</p>
        ) : (
          <dl className="grid gap-3">
            {differing.map((field) => (
              <div key={field} className="grid gap-1">
                <dt className="font-medium">{labels[field]}</dt>
                <dd className="grid justify-items-start gap-1">
                  <span className="whitespace-pre-line break-words">
                    {display(field, saved) || "Empty"}
                  </span>
                  <Button
                    type="button"
                    variant="outline"
                    size="sm"
                    onClick={() => onUseSaved(field)}
                  >
                    Use the saved {labels[field].toLowerCase()}
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
