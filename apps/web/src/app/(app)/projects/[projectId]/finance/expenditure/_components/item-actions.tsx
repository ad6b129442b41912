"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { ConfirmAction } from "@/components/confirm-action";
import { Button } from "@/components/ui/button";
import { describeError } from "@/lib/errors";
import { useTRPC } from "@/trpc/react";
import type { Item } from "./types";

/** Duplicating an item (to edit the copy) and deleting one, after a confirmation. */
export function ItemActions({ projectId, item }: { projectId: string; item: Item }) {
  const trpc = useTRPC();
  const router = useRouter();
  const duplicate = useMutation(trpc.expenditure.duplicate.mutationOptions());
  const remove = useMutation(trpc.expenditure.delete.mutationOptions());
  return (
    <>
      <Button
        variant="ghost"
        size="sm"
        className="h-8"
        disabled={duplicate.isPending}
        onClick={async () => {
          try {
            await duplicate.mutateAsync({ projectId, itemId: item.id });
            toast.success("Item duplicated: the copy is at the end of the list");
            router.refresh();
          } catch (err) {
            toast.error(describeError(err).message);
          }
        }}
      >
        Duplicate<span className="sr-only"> {item.description}</span>
      </Button>
      <ConfirmAction
        variant="ghost"
        size="sm"
        className="h-8"
        title="Delete this item?"
        description={`“${item.description}” leaves the list of expenditure, with its links to evidence (the documents stay in the library).`}
        confirmLabel="Delete item"
        conflictMessage="Someone changed this item meanwhile. The page now shows it; check before deleting."
        action={async () => {
          await remove.mutateAsync({ projectId, itemId: item.id, version: item.version });
          return "Item deleted";
        }}
      >
        Delete<span className="sr-only"> {item.description}</span>
      </ConfirmAction>
    </>
  );
}
