"use client";

import { useId, useState } from "react";
import { Input } from "@/components/ui/input";

export type CheckboxOption = { id: string; name: string; group?: string };

/**
 * A multi-select as a list of checkboxes: readable on a phone and by a screen reader. Long
 * lists get a filter box; chosen options stay listed whatever the filter.
 */
export function CheckboxList({
  legend,
  hint,
  error,
  options,
  value,
  onChange,
  empty,
}: {
  legend: string;
  hint?: string;
  error?: string | undefined;
  options: CheckboxOption[];
  value: string[];
  onChange: (next: string[]) => void;
  empty: string;
}) {
  const id = useId();
  const [q, setQ] = useState("");
  const term = q.trim().toLowerCase();
  const shown = options.filter(
    (o) => value.includes(o.id) || !term || o.name.toLowerCase().includes(term),
  );
  const groups = [...new Set(shown.map((o) => o.group ?? ""))];
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ");
  return (
    <fieldset className="grid gap-2" aria-describedby={describedBy || undefined}>
      <legend className="text-sm font-medium leading-none">{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-muted-foreground">
          {hint}
        </p>
      )}
      {options.length > 8 && (
        <Input
          type="search"
          aria-label={`Filter: ${legend.toLowerCase()}`}
          placeholder="Filter by a word"
          value={q}
          onChange={(e) => setQ(e.target.value)}
        />
      )}
      <div className="max-h-64 overflow-y-auto rounded-md border p-2">
        {options.length === 0 ? (
          <p className="text-sm text-muted-foreground">{empty}</p>
        ) : (
          groups.map((g) => (
            <div key={g} className="grid gap-1">
              {g && <p className="pt-1 text-xs font-medium text-muted-foreground">{g}</p>}
              {shown
                .filter((o) => (o.group ?? "") === g)
                .map((o) => (
                  <label key={o.id} className="flex items-start gap-2 text-sm">
                    <input
                      type="checkbox"
                      className="mt-1 size-4 shrink-0"
                      checked={value.includes(o.id)}
                      onChange={(e) =>
                        onChange(
                          e.target.checked ? [...value, o.id] : value.filter((x) => x !== o.id),
                        )
                      }
                    />
                    <span className="break-words">{o.name}</span>
                  </label>
                ))}
            </div>
          ))
        )}
      </div>
      {error && (
        <p id={`${id}-error`} className="text-sm text-destructive">
          {error}
        </p>
      )}
    </fieldset>
  );
}
