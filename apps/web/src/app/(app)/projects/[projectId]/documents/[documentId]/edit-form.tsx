"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { RecordForm } from "@/components/record-form";
import { useRecordForm } from "@/lib/use-record-form";
import { useTRPC, useTRPCClient } from "@/trpc/react";
import type { DocumentDetail } from "../_shared/server-data";
import { EditFields } from "./edit-fields";
import {
  changedFields,
  displayValue,
  type EditValues,
  FIELD_LABELS,
  toEditValues,
  toUpdateInput,
} from "./edit-values";
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
  // The values the form's version stands for: what "untouched" and "only the file changed" mean.
  const [base, setBase] = useState(() => toEditValues(doc));
  const form = useForm<EditValues>({ defaultValues: base });
  const record = useRecordForm({
    form,
    existing: true,
    initialVersion: doc.version,
    labels: FIELD_LABELS,
    load: () => client.documents.get.query({ projectId, documentId: doc.id }),
    toValues: toEditValues,
    deletedMessage:
      "Someone moved this document to the trash or hid it from you. Copy your text before you leave this page.",
    // Any conflict is a save of this document by someone else: it has no unique fields.
    isStale: (e) => e.code === "CONFLICT",
    onConflict: (latest) => {
      setBase(toEditValues(latest));
      router.refresh();
    },
  });
  const { setFocus } = form;

  useEffect(() => setFocus("title"), [setFocus]);

  // The page was refreshed after another change (a new file version, a restore, a save
  // elsewhere). Untouched forms follow it; a change of the file alone never stands in the
  // way of saving. Anything else is left for the save to report as a conflict.
  const { version, rebase } = record;
  useEffect(() => {
    // Versions only grow: an older page arriving after a conflict must not win.
    if (doc.version <= version) return;
    const saved = toEditValues(doc);
    if (changedFields(form.getValues(), base).length === 0) {
      form.reset(saved);
      rebase(doc.version);
      setBase(saved);
    } else if (changedFields(saved, base).length === 0) {
      rebase(doc.version, { keepNotice: true });
      setBase(saved);
    }
  }, [doc, base, form, version, rebase]);

  const onSubmit = record.submit(async (values) => {
    await update.mutateAsync({
      projectId,
      documentId: doc.id,
      version: record.version,
      ...toUpdateInput(values),
    });
    toast.success(record.saved ? "Your version of the details is saved" : "Details saved");
    await queryClient.invalidateQueries(trpc.documents.pathFilter());
    router.refresh();
    onDone();
  });

  return (
    <RecordForm
      form={form}
      record={record}
      label="Edit details"
      what="document"
      display={(k, v) => displayValue(k, v, { folders, languages })}
      conflict={{
        by: record.latest?.updatedByName ?? null,
        ...(record.latest ? { at: record.latest.updatedAt } : {}),
        headingLevel: 3,
        differing: (k) =>
          record.saved !== null && changedFields(form.watch(), record.saved).includes(k),
      }}
      onSubmit={onSubmit}
      cancel={onDone}
      submitLabel="Save details"
    >
      <EditFields form={form} folders={folders} languages={languages} />
    </RecordForm>
  );
}
