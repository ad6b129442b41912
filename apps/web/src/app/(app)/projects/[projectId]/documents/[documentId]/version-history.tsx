"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Download, RotateCcw } from "lucide-react";
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
import { documentFileUrl } from "@/lib/urls";
import { useTRPC } from "@/trpc/react";
import { Checksum } from "../_shared/checksum";
import type { DocumentDetail } from "../_shared/server-data";

/** Every version of the document, with download and, for its editors, restore. */
export function VersionHistory({ projectId, doc }: { projectId: string; doc: DocumentDetail }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const restore = useMutation(trpc.documents.restoreVersion.mutationOptions());
  const [restoring, setRestoring] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  function close() {
    setRestoring(null);
    setError(null);
  }

  async function confirmRestore() {
    if (restoring === null) return;
    setError(null);
    try {
      const saved = await restore.mutateAsync({
        projectId,
        documentId: doc.id,
        number: restoring,
        version: doc.version,
      });
      toast.success(`Version ${restoring} restored as version ${saved.number}`);
      close();
      await queryClient.invalidateQueries(trpc.documents.pathFilter());
      router.refresh();
    } catch (err) {
      const { message, code } = describeError(err);
      setError(
        code === "CONFLICT"
          ? "Someone changed this document a moment ago. The list now shows the latest versions: check them and try again."
          : message,
      );
      if (code === "CONFLICT") router.refresh();
    }
  }

  return (
    <>
      <Table label="Versions" className="min-w-[52rem]">
        <caption className="sr-only">Versions of {doc.title}, newest first</caption>
        <ColumnHeads
          columns={[
            "Version",
            "File",
            "Uploaded",
            "Size",
            { label: "Checksum (sha256)", className: "whitespace-nowrap" },
            "Note",
            { label: "Actions", srOnly: true },
          ]}
        />
        <TBody>
          {doc.versions.map((v) => {
            const current = v.number === doc.versionCount;
            return (
              <TR key={v.number}>
                <TD className="whitespace-nowrap font-medium">
                  {v.number}
                  {current && (
                    <Badge variant="success" className="ml-2">
                      Current
                    </Badge>
                  )}
                </TD>
                <TD className="min-w-28 max-w-56 [overflow-wrap:anywhere]">{v.fileName}</TD>
                <TD>
                  <DateTime value={v.createdAt} className="whitespace-nowrap" />
                  <span className="block text-muted-foreground">
                    by {v.createdByName ?? "an unknown person"}
                  </span>
                </TD>
                <TD className="whitespace-nowrap">{formatBytes(v.size)}</TD>
                <TD className="whitespace-nowrap">
                  <Checksum value={v.sha256} />
                </TD>
                <TD className="min-w-28 max-w-64 [overflow-wrap:anywhere]">
                  {v.note || <span className="text-muted-foreground">—</span>}
                </TD>
                <TD>
                  <div className="flex justify-end gap-2">
                    <Button asChild variant="outline" size="sm">
                      <a href={documentFileUrl(projectId, doc.id, { version: v.number })}>
                        <Download aria-hidden /> Download
                        <span className="sr-only"> version {v.number}</span>
                      </a>
                    </Button>
                    {doc.can.edit && !current && (
                      <Button variant="ghost" size="sm" onClick={() => setRestoring(v.number)}>
                        <RotateCcw aria-hidden /> Restore
                        <span className="sr-only"> version {v.number}</span>
                      </Button>
                    )}
                  </div>
                </TD>
              </TR>
            );
          })}
        </TBody>
      </Table>
      <ConfirmDialog
        open={restoring !== null}
        onOpenChange={(open) => !open && close()}
        title={`Restore version ${restoring ?? ""}?`}
        description={`Its file becomes the current one, added as version ${doc.versionCount + 1}. The versions in between stay in the history.`}
        confirmLabel="Restore"
        pending={restore.isPending}
        error={error}
        onConfirm={confirmRestore}
      />
    </>
  );
}
