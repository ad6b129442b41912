"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { MoreHorizontal, Pencil, Trash2 } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { describeError } from "@/lib/errors";
import { useTRPC } from "@/trpc/react";
import { FolderDialog, type FolderTarget } from "./folder-dialog";
import type { FolderItem } from "./params";

/** Rename (editors and leads) and delete (leads, empty folders only) for one folder row. */
export function FolderActions({
  projectId,
  folder,
  canDelete,
}: {
  projectId: string;
  folder: FolderItem;
  canDelete: boolean;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const remove = useMutation(trpc.folders.delete.mutationOptions());
  const [renaming, setRenaming] = useState<FolderTarget | null>(null);
  const [deleting, setDeleting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function onDelete() {
    setError(null);
    try {
      await remove.mutateAsync({ projectId, folderId: folder.id });
      toast.success(`Folder ${folder.name} deleted`);
      setDeleting(false);
      await Promise.all([
        queryClient.invalidateQueries(trpc.documents.list.pathFilter()),
        queryClient.invalidateQueries(trpc.folders.pathFilter()),
      ]);
    } catch (err) {
      setError(describeError(err).message);
    }
  }

  return (
    <>
      <DropdownMenu modal={false}>
        <DropdownMenuTrigger asChild>
          <Button variant="ghost" size="icon">
            <MoreHorizontal aria-hidden />
            <span className="sr-only">Actions for folder {folder.name}</span>
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent>
          <DropdownMenuItem onSelect={() => setRenaming({ kind: "rename", folder })}>
            <Pencil className="size-4" aria-hidden /> Rename
          </DropdownMenuItem>
          {canDelete && (
            <DropdownMenuItem
              onSelect={() => {
                setError(null);
                setDeleting(true);
              }}
              className="text-destructive"
            >
              <Trash2 className="size-4" aria-hidden /> Delete
            </DropdownMenuItem>
          )}
        </DropdownMenuContent>
      </DropdownMenu>
      <FolderDialog projectId={projectId} target={renaming} onClose={() => setRenaming(null)} />
      <ConfirmDialog
        open={deleting}
        onOpenChange={setDeleting}
        title={`Delete folder ${folder.name}?`}
        description="Only an empty folder can be deleted. Move its documents and sub-folders elsewhere first; documents in the trash still belong to it until they are purged."
        confirmLabel="Delete folder"
        destructive
        pending={remove.isPending}
        error={error}
        onConfirm={onDelete}
      />
    </>
  );
}
