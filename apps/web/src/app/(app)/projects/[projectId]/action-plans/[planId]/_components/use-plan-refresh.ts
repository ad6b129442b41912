"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { useTRPC } from "@/trpc/react";

/** Reads the plan and its comments again after a change, so every part of the page agrees. */
export function usePlanRefresh() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(
    () =>
      Promise.all([
        queryClient.invalidateQueries(trpc.actionPlans.pathFilter()),
        queryClient.invalidateQueries(trpc.planComments.pathFilter()),
        queryClient.invalidateQueries(trpc.policyInstruments.pathFilter()),
      ]),
    [queryClient, trpc],
  );
}
