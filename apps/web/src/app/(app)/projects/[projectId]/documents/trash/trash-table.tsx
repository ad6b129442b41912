"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { RotateCcw, Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { ColumnHeads } from "@/components/column-heads";
import { DateTime } from "@/components/date-time";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Table, TBody, TD, TR } from "@/components/ui/table";
import { describeError } from "@/lib/errors";
import { formatBytes } from "@/lib/labels";
import { documentUrl } from "@/lib/urls";
import { useTRPC } from "@/trpc/react";

export type TrashItem = {
  id: string;
  title: string;
  fileName: string;
  size: number;
  ownerPartnerName: string;
  deletedAt: Date;
  deletedByName: string | null;
  purgeAfter: Date;
  daysLeft: number;
};

function DaysLeft({ days }: { days: number }) {
  const text = days === 0 ? "Today" : days === 1 ? "1 day" : `${days} days`;
  return <Badge variant={days <= 3 ? "warning" : "secondary"}>{text}</Badge>;
}

export function TrashTable({ projectId, items }: { projectId: string; items: TrashItem[] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const restore = useMutation(trpc.documents.restore.mutationOptions());
  const purge = useMutation(trpc.documents.purge.mutationOptions());
  const [restoringId, setRestoringId] = useState<string | null>(null);
  const [purgingId, setPurgingId] = useState<string | null>(null);
  const [purgeError, setPurgeError] = useState<string | null>(null);
  const purging = items.find((i) => i.id === purgingId);

  async function onRestore(item: TrashItem) {
    setRestoringId(item.id);
    try {
      const result = await restore.mutateAsync({ projectId, documentId: item.id });
      toast.success(`${item.title} is back in the library`, {
        description: result.folderId ? undefined : "Its folder is gone: find it at the top.",
        action: {
          label: "Open",
          onClick: () => router.push(documentUrl(projectId, item.id)),
        },
      });
      await queryClient.invalidateQueries(trpc.documents.pathFilter());
      router.refresh();
    } catch (err) {
      toast.error(describeError(err).message);
      router.refresh();
    } finally {
      setRestoringId(null);
    }
  }

  async function onPurge() {
    if (!purging) return;
    setPurgeError(null);
    try {
      await purge.mutateAsync({ projectId, documentId: purging.id });
      toast.success(`${purging.title} deleted for good`);
      setPurgingId(null);
      await queryClient.invalidateQueries(trpc.documents.pathFilter());
      router.refresh();
    } catch (err) {
      setPurgeError(describeError(err).message);
    }
  }

  return (
    <div className="rounded-lg border bg-background">
      <Table label="Trash" className="min-w-[52rem]">
        <caption className="sr-only">Documents in the trash, most recently deleted first</caption>
        <ColumnHeads
          columns={[
            "Document",
            "Owning partner",
            "Deleted by",
            "Deleted",
            "Days left",
            { label: "Actions", srOnly: true },
          ]}
        />
        <TBody>
          {items.map((item) => (
            <TR key={item.id}>
              <TD className="min-w-48 max-w-72">
                <p className="break-words font-medium">{item.title}</p>
                <p className="break-all text-muted-foreground">
                  {item.fileName} · {formatBytes(item.size)}
                </p>
              </TD>
              <TD>{item.ownerPartnerName}</TD>
              <TD>
                {item.deletedByName ?? <span className="text-muted-foreground">Unknown</span>}
              </TD>
              <TD className="whitespace-nowrap">
                <DateTime value={item.deletedAt} />
              </TD>
              <TD className="whitespace-nowrap">
                <DaysLeft days={item.daysLeft} />
                <span className="sr-only">
                  {" "}
                  (deleted for good after <DateTime value={item.purgeAfter} />)
                </span>
              </TD>
              <TD>
                <div className="flex justify-end gap-2">
                  <Button
                    variant="outline"
                    size="sm"
                    disabled={restoringId === item.id}
                    onClick={() => onRestore(item)}
                  >
                    <RotateCcw aria-hidden />
                    {restoringId === item.id ? "Restoring…" : "Restore"}
                    <span className="sr-only"> {item.title}</span>
                  </Button>
                  <Button variant="ghost" size="sm" onClick={() => setPurgingId(item.id)}>
                    <Trash2 aria-hidden /> Delete for good
                    <span className="sr-only"> {item.title}</span>
                  </Button>
                </div>
              </TD>
            </TR>
          ))}
        </TBody>
      </Table>
      <ConfirmDialog
        open={Boolean(purging)}
        onOpenChange={(open) => {
          if (!open) {
            setPurgingId(null);
            setPurgeError(null);
          }
        }}
        title={`Delete “${purging?.title ?? ""}” for good?`}
        description="The document and all its versions are deleted at once. This cannot be undone."
        confirmLabel="Delete for good"
        destructive
        pending={purge.isPending}
        error={purgeError}
        onConfirm={onPurge}
      />
    </div>
  );
}
