"use client";

import { useMutation } from "@tanstack/react-query";
import { Pencil, Trash2 } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { ConfirmAction } from "@/components/confirm-action";
import { Button } from "@/components/ui/button";
import { deliverablesHref } from "@/lib/list-filters";
import { useTRPC } from "@/trpc/react";
import { type DeliverableProps, useDeliverableRefresh } from "./use-deliverable-refresh";

/**
 * The lead coordinator's changes to the plan: edit, and delete while nothing has been
 * submitted (the API refuses otherwise; its reason is shown in the dialog).
 */
export function PlanControls({ projectId, deliverable: d }: DeliverableProps) {
  const trpc = useTRPC();
  const refresh = useDeliverableRefresh();
  const router = useRouter();
  const remove = useMutation(trpc.deliverables.delete.mutationOptions());
  const deletable = d.status === "planned" || d.status === "in_progress";

  return (
    <div className="flex flex-wrap gap-2">
      <Button asChild variant="outline">
        <Link href={`/projects/${projectId}/deliverables/${d.id}/edit`}>
          <Pencil aria-hidden /> Edit<span className="sr-only"> {d.code}</span>
        </Link>
      </Button>
      {deletable && (
        <ConfirmAction
          title={`Delete ${d.code}?`}
          description={`${d.code} “${d.title}” leaves the work plan with its comments. Only a deliverable that has not been submitted can be deleted. This is recorded in the audit log.`}
          confirmLabel={`Delete ${d.code}`}
          action={async () => {
            await remove.mutateAsync({ projectId, deliverableId: d.id, version: d.version });
            router.push(deliverablesHref(projectId, {}));
            await refresh();
            return `${d.code} deleted`;
          }}
        >
          <Trash2 aria-hidden /> Delete<span className="sr-only"> {d.code}</span>
        </ConfirmAction>
      )}
    </div>
  );
}
