"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { ConfirmAction } from "@/components/confirm-action";
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

  return (
    <ConfirmAction
      title={`Move “${title}” to the trash?`}
      description="It disappears from the library and from search at once, with all its versions. Lead coordinators can restore it within 30 days; after that it is deleted for good."
      confirmLabel="Move to trash"
      action={async () => {
        await trash.mutateAsync({ projectId, documentIds: [documentId] });
        await queryClient.invalidateQueries(trpc.documents.pathFilter());
        router.push(backTo);
        return {
          message: `${title} moved to the trash`,
          description: "A lead coordinator can restore it within 30 days.",
        };
      }}
    >
      <Trash2 aria-hidden /> Move to trash
    </ConfirmAction>
  );
}
