"use client";

import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useTRPC } from "@/trpc/react";

export type Picked = Map<string, string>;

/**
 * Chooses evidence from the library: the latest documents at its top level, or the results
 * of a full-text search once two characters are typed. Ticked documents stay chosen across
 * searches and are listed above.
 */
export function DocumentPicker({
  projectId,
  picked,
  onChange,
}: {
  projectId: string;
  picked: Picked;
  onChange: (next: Picked) => void;
}) {
  const trpc = useTRPC();
  const id = useId();
  const [q, setQ] = useState("");
  const term = q.trim();
  const latest = useQuery(
    trpc.documents.list.queryOptions(
      { projectId, folderId: null, sort: "updated", direction: "desc", pageSize: 15 },
      { enabled: term.length < 2 },
    ),
  );
  const found = useQuery(
    trpc.documents.search.queryOptions(
      { projectId, q: term, pageSize: 15 },
      { enabled: term.length >= 2 },
    ),
  );
  const options =
    term.length >= 2
      ? (found.data?.results ?? []).map((r) => ({ id: r.id, title: r.title }))
      : (latest.data?.documents ?? []).map((d) => ({ id: d.id, title: d.title }));
  const loading = term.length >= 2 ? found.isLoading : latest.isLoading;

  function toggle(docId: string, title: string, on: boolean) {
    const next = new Map(picked);
    if (on) next.set(docId, title);
    else next.delete(docId);
    onChange(next);
  }

  return (
    <fieldset className="grid gap-2">
      <legend className="text-sm font-medium">Documents from the library</legend>
      {picked.size > 0 && (
        <ul aria-label="Chosen documents" className="grid gap-1 text-sm">
          {[...picked].map(([docId, title]) => (
            <li key={docId}>
              <label className="flex items-start gap-2">
                <input
                  type="checkbox"
                  checked
                  onChange={() => toggle(docId, title, false)}
                  className="mt-1"
                />
                <span className="break-words">{title}</span>
              </label>
            </li>
          ))}
        </ul>
      )}
      <Label htmlFor={`${id}-q`}>Find a document</Label>
      <Input
        id={`${id}-q`}
        type="search"
        value={q}
        onChange={(e) => setQ(e.target.value)}
        placeholder="Title or a word inside"
      />
      <div className="max-h-56 overflow-y-auto rounded-md border p-2">
        {loading ? (
          <p className="text-sm text-muted-foreground">Loading documents…</p>
        ) : options.length === 0 ? (
          <p className="text-sm text-muted-foreground">No documents found.</p>
        ) : (
          <ul aria-label="Library documents" className="grid gap-1 text-sm">
            {options
              .filter((o) => !picked.has(o.id))
              .map((o) => (
                <li key={o.id}>
                  <label className="flex items-start gap-2">
                    <input
                      type="checkbox"
                      checked={false}
                      onChange={() => toggle(o.id, o.title, true)}
                      className="mt-1"
                    />
                    <span className="break-words">{o.title}</span>
                  </label>
                </li>
              ))}
          </ul>
        )}
      </div>
    </fieldset>
  );
}
