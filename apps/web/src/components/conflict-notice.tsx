"use client";

import { useId } from "react";
import { DateTime } from "@/components/date-time";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

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
  differing: differs = (k) => display(k, saved) !== display(k, current),
  onUseSaved,
  by,
  at,
  headingLevel = 2,
}: {
  what: string;
  saved: V;
  current: V;
  labels: Record<keyof V & string, string>;
  /** A field's value as a person reads it: labels, not codes. */
  display: (field: keyof V & string, values: V) => string;
  /** Whether a field really differs (by default: it reads differently). */
  differing?: (field: keyof V & string) => boolean;
  onUseSaved: (field: keyof V & string) => void;
  /** Who saved, and when, where the record says so. */
  by?: string | null;
  at?: Date;
  /** h2 on a page of its own, h3 inside a card or a dialog. */
  headingLevel?: 2 | 3;
}) {
  const id = useId();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const fields = (Object.keys(labels) as (keyof V & string)[]).filter(differs);
  return (
    <div className="grid gap-3">
      <Alert variant="error">
        <p className="font-medium">
          {by ?? "Someone else"} saved this {what}
          {at && (
            <>
              {" "}
              (<DateTime value={at} />)
            </>
          )}{" "}
          while you were editing.
        </p>
        <p>
          Your changes are still in the form. Compare them with what is saved now, take over what
          you want to keep, then choose “Save again” to save your version.
        </p>
      </Alert>
      <section aria-labelledby={id} className="grid gap-2 rounded-md border p-3 text-sm">
        <Heading id={id} className="font-medium">
          Saved now, where it differs from your text
        </Heading>
        {fields.length === 0 ? (
          <p className="text-muted-foreground">Your values now match the saved ones.</p>
        ) : (
          <dl className="grid gap-3">
            {fields.map((field) => (
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
