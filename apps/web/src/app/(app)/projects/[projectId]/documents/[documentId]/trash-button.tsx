"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { describeError } from "@/lib/errors";
import { useTRPC } from "@/trpc/react";

/** Moves the document to the trash, then goes back to the folder it was in. */
export function TrashButton({
  projectId,
  documentId,
  title,
  backTo,
}: {
  projectId: string;
  documentId: string;
  title: string;
  backTo: string;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const trash = useMutation(trpc.documents.trash.mutationOptions());
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    setError(null);
    try {
      await trash.mutateAsync({ projectId, documentIds: [documentId] });
      toast.success(`${title} moved to the trash`, {
        description: "A lead coordinator can restore it within 30 days.",
      });
      await queryClient.invalidateQueries(trpc.documents.pathFilter());
      setOpen(false);
      router.push(backTo);
      router.refresh();
    } catch (err) {
      setError(describeError(err).message);
    }
  }

  return (
    <>
      <Button variant="outline" onClick={() => setOpen(true)}>
        <Trash2 aria-hidden /> Move to trash
      </Button>
      <ConfirmDialog
        open={open}
        onOpenChange={(next) => {
          setOpen(next);
          if (!next) setError(null);
        }}
        title={`Move “${title}” to the trash?`}
        description="It disappears from the library and from search at once, with all its versions. Lead coordinators can restore it within 30 days; after that it is deleted for good."
        confirmLabel="Move to trash"
        destructive
        pending={trash.isPending}
        error={error}
        onConfirm={confirm}
      />
    </>
  );
}
