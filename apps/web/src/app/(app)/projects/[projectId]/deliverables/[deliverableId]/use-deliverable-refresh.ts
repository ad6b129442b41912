"use client";

import type { RouterOutputs } from "@consortia/api/client";
import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useCallback } from "react";
import { useTRPC } from "@/trpc/react";

export type Deliverable = RouterOutputs["deliverables"]["get"];

/** What every step on the deliverable's page is given. */
export type DeliverableProps = { projectId: string; deliverable: Deliverable };

/** After a step on the deliverable: its lists and this page show where it stands now. */
export function useDeliverableRefresh() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  return useCallback(async () => {
    await queryClient.invalidateQueries(trpc.deliverables.pathFilter());
    router.refresh();
  }, [queryClient, router, trpc]);
}
