"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/**
 * After a lost race: what is saved now, where it differs from the form, with a button per
 * field to take the saved value over. The form keeps what this person typed.
 */
export function SavedNow<K extends string>({
  what,
  labels,
  saved,
  current,
  show,
  onUseSaved,
}: {
  what: string;
  labels: Record<K, string>;
  saved: Record<K, unknown>;
  current: Record<K, unknown>;
  show: (field: K, value: unknown) => string;
  onUseSaved: (field: K) => void;
}) {
  const fields = (Object.keys(labels) as K[]).filter(
    (k) => JSON.stringify(saved[k]) !== JSON.stringify(current[k]),
  );
  return (
    <div className="grid gap-3">
      <Alert variant="error">
        Someone else saved this {what} while you were editing. Your changes are still in the form;
        take over what you want from the saved version, then choose “Save again”.
      </Alert>
      <section aria-label="Saved now" className="grid gap-2 rounded-md border p-3 text-sm">
        <h3 className="font-medium">Saved now, where it differs from your text</h3>
        {fields.length === 0 ? (
          <p className="text-muted-foreground">Your values now match the saved ones.</p>
        ) : (
          <dl className="grid gap-3">
            {fields.map((k) => (
              <div key={k} className="grid gap-1">
                <dt className="font-medium">{labels[k]}</dt>
                <dd className="grid justify-items-start gap-1">
                  <span className="whitespace-pre-line break-words">{show(k, saved[k])}</span>
                  <Button type="button" variant="outline" size="sm" onClick={() => onUseSaved(k)}>
                    Use the saved {labels[k].toLowerCase()}
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
