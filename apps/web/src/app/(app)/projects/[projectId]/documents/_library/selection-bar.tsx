"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Download, Trash2, X } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { Button, buttonVariants } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { describeError } from "@/lib/errors";
import { useTRPC } from "@/trpc/react";
import type { DocumentItem } from "./params";
import { zipHref } from "./zip";

const plural = (n: number) => `${n} ${n === 1 ? "document" : "documents"}`;

/** What can be done with the checked documents: download them as one zip, or trash them. */
export function SelectionBar({
  projectId,
  zipName,
  selected,
  canContribute,
  onClear,
}: {
  projectId: string;
  zipName: string;
  selected: DocumentItem[];
  canContribute: boolean;
  onClear: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const trash = useMutation(trpc.documents.trash.mutationOptions());
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const editable = selected.filter((d) => d.can.edit);
  const others = selected.length - editable.length;

  async function onTrash() {
    setError(null);
    try {
      const { trashed } = await trash.mutateAsync({
        projectId,
        documentIds: editable.map((d) => d.id),
      });
      toast.success(`${plural(trashed)} moved to the trash`);
      setConfirming(false);
      onClear();
      await queryClient.invalidateQueries(trpc.documents.pathFilter());
    } catch (err) {
      setError(describeError(err).message);
    }
  }

  return (
    <section
      aria-label="Selected documents"
      className="flex min-h-12 flex-wrap items-center gap-2 rounded-lg border bg-muted/60 px-3 py-2 text-sm"
    >
      <p aria-live="polite" className="mr-auto font-medium">
        {selected.length
          ? `${plural(selected.length)} selected`
          : canContribute
            ? "Select documents to download them as one zip or move them to the trash."
            : "Select documents to download them as one zip."}
      </p>
      {selected.length > 0 && (
        <>
          <a
            href={zipHref(projectId, { ids: selected.map((d) => d.id) }, zipName)}
            download
            className={buttonVariants({ variant: "outline", size: "sm" })}
          >
            <Download aria-hidden /> Download as zip
          </a>
          {canContribute &&
            (editable.length > 0 ? (
              <Button
                variant="outline"
                size="sm"
                onClick={() => {
                  setError(null);
                  setConfirming(true);
                }}
              >
                <Trash2 aria-hidden /> Move to trash
              </Button>
            ) : (
              <span className="text-muted-foreground">
                Only the owning partner can move these to the trash.
              </span>
            ))}
          <Button variant="ghost" size="sm" onClick={onClear}>
            <X aria-hidden /> Clear selection
          </Button>
        </>
      )}
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={`Move ${plural(editable.length)} to the trash?`}
        description={
          <>
            Lead coordinators can restore them within 30 days; after that they are deleted for good.
            {others > 0 &&
              ` ${plural(others)} of your selection belong to another partner and stay where they are.`}
          </>
        }
        confirmLabel="Move to trash"
        destructive
        pending={trash.isPending}
        error={error}
        onConfirm={onTrash}
      />
    </section>
  );
}
