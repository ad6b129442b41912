"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describeError } from "@/lib/errors";
import { useTRPC, useTRPCClient } from "@/trpc/react";
import type { DocumentDetail } from "../_shared/server-data";
import { type Conflict, ConflictPanel } from "./conflict-panel";
import { EditFields } from "./edit-fields";
import { changedFields, type EditValues, toEditValues, toUpdateInput } from "./edit-values";
import type { FolderOption } from "./folder-options";

/**
 * Changes a document's details with optimistic concurrency: the save names the version it
 * was based on. When someone else saved first, the form keeps what this person typed, shows
 * what is saved now, and the next save is based on that newer version.
 */
export function EditForm({
  projectId,
  doc,
  folders,
  languages,
  onDone,
}: {
  projectId: string;
  doc: DocumentDetail;
  folders: FolderOption[];
  languages: Record<string, string>;
  onDone: () => void;
}) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const router = useRouter();
  const update = useMutation(trpc.documents.update.mutationOptions());
  const [base, setBase] = useState(() => ({ version: doc.version, values: toEditValues(doc) }));
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [error, setError] = useState<string | null>(null);
  const form = useForm<EditValues>({ defaultValues: base.values });
  const { setFocus } = form;

  useEffect(() => setFocus("title"), [setFocus]);

  // The page was refreshed after another change (a new file version, a restore, a save
  // elsewhere). Untouched forms follow it; a change of the file alone never stands in the
  // way of saving. Anything else is left for the save to report as a conflict.
  useEffect(() => {
    // Versions only grow: an older page arriving after a conflict must not win.
    if (doc.version <= base.version) return;
    const saved = toEditValues(doc);
    if (changedFields(form.getValues(), base.values).length === 0) {
      form.reset(saved);
      setConflict(null);
      setBase({ version: doc.version, values: saved });
    } else if (changedFields(saved, base.values).length === 0) {
      setBase({ version: doc.version, values: saved });
    }
  }, [doc, base, form]);

  async function showConflict() {
    try {
      const latest = await client.documents.get.query({ projectId, documentId: doc.id });
      const saved = toEditValues(latest);
      setBase({ version: latest.version, values: saved });
      setConflict({ saved, by: latest.updatedByName, at: latest.updatedAt });
      router.refresh();
    } catch (err) {
      const { code, message } = describeError(err);
      setError(
        code === "NOT_FOUND"
          ? "Someone moved this document to the trash or hid it from you. Copy your text before you leave this page."
          : message,
      );
    }
  }

  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    try {
      await update.mutateAsync({
        projectId,
        documentId: doc.id,
        version: base.version,
        ...toUpdateInput(values),
      });
      toast.success(conflict ? "Your version of the details is saved" : "Details saved");
      setConflict(null);
      await queryClient.invalidateQueries(trpc.documents.pathFilter());
      router.refresh();
      onDone();
    } catch (err) {
      const { message, fieldErrors, code } = describeError(err);
      if (code === "CONFLICT") {
        await showConflict();
        return;
      }
      setError(message);
      for (const [name, messages] of Object.entries(fieldErrors)) {
        if (messages?.length && name in base.values)
          form.setError(name as keyof EditValues, { message: messages.join(" ") });
      }
    }
  });

  return (
    <form onSubmit={onSubmit} className="grid gap-4" noValidate aria-label="Edit details">
      {error && <Alert variant="error">{error}</Alert>}
      {conflict && (
        <ConflictPanel
          conflict={conflict}
          current={form.watch()}
          folders={folders}
          languages={languages}
          onUseSaved={(field) => form.setValue(field, conflict.saved[field], { shouldDirty: true })}
        />
      )}
      <EditFields form={form} folders={folders} languages={languages} />
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button type="button" variant="outline" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? "Saving…" : conflict ? "Save again" : "Save details"}
        </Button>
      </div>
    </form>
  );
}
