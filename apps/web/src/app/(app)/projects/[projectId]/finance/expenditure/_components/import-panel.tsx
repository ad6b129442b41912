"use client";

import { IMPORT_MAX_BYTES } from "@consortia/api/schemas";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { ProblemsAlert } from "@/components/finance/dialog-form";
import { TextAreaField } from "@/components/form-fields";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useAction } from "@/lib/use-action";
import { useTRPC } from "@/trpc/react";

/** Bytes as base64, for a file sent inside a JSON request. */
async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * Bulk entry: rows pasted from a spreadsheet, or a CSV/XLSX file. All or nothing: a refusal
 * lists every problem by row and column, and the pasted text stays to be corrected.
 */
export function ImportPanel({
  projectId,
  partnerId,
  periodNumber,
}: {
  projectId: string;
  partnerId: string;
  periodNumber: number;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [text, setText] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const action = useAction();
  const run = useMutation(trpc.expenditure.importItems.mutationOptions());
  const problems = action.fields.content ?? [];

  async function send(format: "paste" | "csv" | "xlsx", content: string) {
    let imported = 0;
    const done = await action.run(async () => {
      imported = (await run.mutateAsync({ projectId, partnerId, periodNumber, format, content }))
        .imported;
    });
    if (!done) return;
    toast.success(`${imported} items imported`);
    if (format === "paste") setText("");
    router.refresh();
  }

  async function sendFile() {
    if (!file) return action.refuse({ file: ["Choose a CSV or XLSX file"] });
    if (file.size > IMPORT_MAX_BYTES)
      return action.refuse({ file: ["The file is larger than 2 MB"] });
    const format = file.name.toLowerCase().endsWith(".xlsx") ? "xlsx" : "csv";
    await send(format, await base64Of(file));
  }

  return (
    <div className="grid gap-4">
      <ProblemsAlert message={action.error} problems={problems} />
      <form
        className="grid gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          void send("paste", text);
        }}
      >
        <TextAreaField
          label="Pasted rows"
          hint="Copy the rows with the header row from your spreadsheet and paste them here."
          value={text}
          onChange={(e) => setText(e.target.value)}
          rows={6}
          className="font-mono text-xs"
        />
        <div>
          <Button type="submit" disabled={action.pending || text.trim() === ""}>
            {action.pending ? "Importing…" : "Import pasted rows"}
          </Button>
        </div>
      </form>
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          void sendFile();
        }}
      >
        <div className="grid gap-1.5">
          <Label htmlFor="import-file">CSV or XLSX file (at most 2 MB)</Label>
          <Input
            id="import-file"
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-invalid={Boolean(action.fields.file)}
            aria-describedby={action.fields.file ? "import-file-error" : undefined}
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
          {action.fields.file && (
            <p id="import-file-error" className="text-sm text-destructive">
              {action.fields.file.join(" ")}
            </p>
          )}
        </div>
        <Button type="submit" variant="outline" disabled={action.pending}>
          Import the file
        </Button>
      </form>
    </div>
  );
}
