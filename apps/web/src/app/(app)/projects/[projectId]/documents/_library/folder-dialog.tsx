"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { toast } from "sonner";
import { DialogButtons } from "@/components/titled-dialog";
import { Alert } from "@/components/ui/alert";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { describeError } from "@/lib/errors";
import { useTRPC } from "@/trpc/react";

export type FolderTarget =
  | { kind: "create"; parentId: string | null; parentName: string | null }
  | { kind: "rename"; folder: { id: string; name: string; version: number } };

/** Creates a folder in the current one, or renames one; the API's refusal stays in the dialog. */
export function FolderDialog({
  projectId,
  target,
  onClose,
}: {
  projectId: string;
  target: FolderTarget | null;
  onClose: () => void;
}) {
  return (
    <Dialog open={target !== null} onOpenChange={(open) => !open && onClose()}>
      <DialogContent>
        {target && <FolderForm projectId={projectId} target={target} onDone={onClose} />}
      </DialogContent>
    </Dialog>
  );
}

function FolderForm({
  projectId,
  target,
  onDone,
}: {
  projectId: string;
  target: FolderTarget;
  onDone: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const create = useMutation(trpc.folders.create.mutationOptions());
  const rename = useMutation(trpc.folders.rename.mutationOptions());
  const [name, setName] = useState(target.kind === "rename" ? target.folder.name : "");
  const [error, setError] = useState<string | null>(null);
  const [nameError, setNameError] = useState<string | undefined>();
  const pending = create.isPending || rename.isPending;

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setError(null);
    setNameError(undefined);
    try {
      const saved =
        target.kind === "create"
          ? await create.mutateAsync({ projectId, parentId: target.parentId, name })
          : await rename.mutateAsync({
              projectId,
              folderId: target.folder.id,
              version: target.folder.version,
              name,
            });
      toast.success(
        target.kind === "create" ? `Folder ${saved.name} created` : `Renamed to ${saved.name}`,
      );
      await Promise.all([
        queryClient.invalidateQueries(trpc.documents.list.pathFilter()),
        queryClient.invalidateQueries(trpc.folders.pathFilter()),
      ]);
      onDone();
    } catch (err) {
      const { message, fieldErrors, code } = describeError(err);
      const forName = fieldErrors.name?.join(" ");
      if (forName) setNameError(forName);
      else setError(message);
      // Someone else changed the folder: load its current name and version.
      if (code === "CONFLICT" || code === "NOT_FOUND")
        await queryClient.invalidateQueries(trpc.documents.list.pathFilter());
    }
  }

  const where = target.kind === "create" ? (target.parentName ?? "the library's top level") : null;
  return (
    <form onSubmit={onSubmit} className="grid gap-4" noValidate>
      <DialogHeader>
        <DialogTitle>
          {target.kind === "create" ? "New folder" : `Rename ${target.folder.name}`}
        </DialogTitle>
        <DialogDescription>
          {where
            ? `The folder is created in ${where}.`
            : "Documents inside keep their place; only the name changes."}
        </DialogDescription>
      </DialogHeader>
      {error && <Alert variant="error">{error}</Alert>}
      <Field label="Folder name" hint="At most 120 characters, no slashes." error={nameError}>
        {(p) => (
          <Input
            {...p}
            value={name}
            onChange={(e) => setName(e.target.value)}
            maxLength={120}
            autoComplete="off"
            required
          />
        )}
      </Field>
      <DialogButtons
        onCancel={onDone}
        pending={pending}
        label={target.kind === "create" ? "Create folder" : "Rename"}
      />
    </form>
  );
}
