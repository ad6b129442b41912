"use client";

import { MAX_IMPORT_BYTES } from "@consortia/api/schemas";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { toast } from "sonner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { describeError, type FieldErrors } from "@/lib/errors";
import { formatEuros } from "@/lib/money-format";
import { useTRPC } from "@/trpc/react";

/** A file's bytes as base64 (what the import takes), reporting how much was read. */
function readBase64(file: File, onProgress: (share: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    reader.onerror = () => reject(reader.error ?? new Error("The file could not be read"));
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(",") + 1));
    };
    reader.readAsDataURL(file);
  });
}

type Phase = { step: "idle" } | { step: "reading"; share: number } | { step: "importing" };

/**
 * The lead coordinator imports the filled template (XLSX or CSV): the whole draft is replaced,
 * or, when any cell is wrong, nothing is, and every bad cell is listed as the spreadsheet names
 * it (C4: …).
 */
export function ImportTemplate({ projectId, version }: { projectId: string; version: number }) {
  const trpc = useTRPC();
  const router = useRouter();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>({ step: "idle" });
  const [error, setError] = useState<string | null>(null);
  const [cells, setCells] = useState<FieldErrors>({});
  const run = useMutation(trpc.budget.import.mutationOptions());

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    setError(null);
    setCells({});
    if (!file) return setError("Choose the filled template (.xlsx or .csv) first.");
    if (file.size > MAX_IMPORT_BYTES) return setError("The file is larger than 2 MB.");
    try {
      setPhase({ step: "reading", share: 0 });
      const contentBase64 = await readBase64(file, (share) => setPhase({ step: "reading", share }));
      setPhase({ step: "importing" });
      const r = await run.mutateAsync({ projectId, fileName: file.name, contentBase64, version });
      toast.success(
        `Imported ${r.cells} cells: EUR ${formatEuros(r.totalCents)} before flat rates`,
      );
      setFile(null);
      router.refresh();
    } catch (err) {
      const { message, fieldErrors, code } = describeError(err);
      setError(message);
      setCells(fieldErrors);
      if (code === "CONFLICT") router.refresh();
    } finally {
      setPhase({ step: "idle" });
    }
  }

  const list = Object.entries(cells).filter(([, m]) => m?.length);
  const busy = phase.step !== "idle";
  return (
    <form onSubmit={onSubmit} className="grid gap-3" noValidate>
      <div className="grid gap-1.5">
        <Label htmlFor={id}>Filled template</Label>
        <Input
          id={id}
          type="file"
          accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-describedby={`${id}-hint`}
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
        <p id={`${id}-hint`} className="text-xs text-muted-foreground">
          XLSX or CSV, at most 2 MB. Importing replaces the whole draft.
        </p>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={busy}>
          Import
        </Button>
        <p role="status" aria-live="polite" className="text-sm text-muted-foreground">
          {phase.step === "reading" && `Reading the file… ${Math.round(phase.share * 100)} %`}
          {phase.step === "importing" && "Checking every cell and importing…"}
        </p>
      </div>
      {error && (
        <Alert variant="error">
          <p>{error}</p>
          {list.length > 0 && (
            <ul className="mt-2 list-disc pl-5">
              {list.map(([cell, messages]) => (
                <li key={cell}>
                  <span className="font-mono">{cell === "fileName" ? "File" : cell}</span>:{" "}
                  {messages?.join(" ")}
                </li>
              ))}
            </ul>
          )}
        </Alert>
      )}
    </form>
  );
}
