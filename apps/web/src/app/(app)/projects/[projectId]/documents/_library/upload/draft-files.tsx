"use client";

import { FileText, X } from "lucide-react";
import { useId } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { formatBytes } from "@/lib/labels";
import type { Draft } from "./types";

/** The chosen files, each with an editable title (the file name without its extension). */
export function DraftFiles({
  drafts,
  error,
  onTitle,
  onRemove,
}: {
  drafts: Draft[];
  error: string | undefined;
  onTitle: (key: string, title: string) => void;
  onRemove: (key: string) => void;
}) {
  const id = useId();
  return (
    <fieldset className="grid gap-2" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="mb-1 text-sm font-medium">Files and their titles</legend>
      {error && (
        <p id={`${id}-error`} className="text-sm text-destructive">
          {error}
        </p>
      )}
      <ul className="grid gap-2">
        {drafts.map((d) => {
          const inputId = `${id}-${d.key}`;
          const invalid = !d.title.trim() || d.title.trim().length > 200;
          return (
            <li
              key={d.key}
              className="grid gap-2 rounded-md border bg-background p-3 sm:grid-cols-[minmax(0,1fr)_minmax(0,1.4fr)_auto] sm:items-end"
            >
              <div className="flex min-w-0 items-start gap-2 text-sm">
                <FileText className="mt-0.5 size-4 shrink-0 text-muted-foreground" aria-hidden />
                <div className="min-w-0">
                  <p className="break-all font-medium">{d.file.name}</p>
                  <p className="text-muted-foreground">
                    {formatBytes(d.file.size)}
                    {d.file.size === 0 && " · empty files cannot be uploaded"}
                  </p>
                </div>
              </div>
              <div className="grid gap-1.5">
                <Label htmlFor={inputId}>
                  Title<span className="sr-only"> for {d.file.name}</span>
                </Label>
                <Input
                  id={inputId}
                  value={d.title}
                  maxLength={200}
                  aria-invalid={Boolean(error) && invalid}
                  onChange={(e) => onTitle(d.key, e.target.value)}
                />
              </div>
              <Button
                type="button"
                variant="ghost"
                size="sm"
                onClick={() => onRemove(d.key)}
                className="justify-self-start sm:justify-self-end"
              >
                <X aria-hidden /> Remove<span className="sr-only"> {d.file.name}</span>
              </Button>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
