import { z } from "zod";

export const CHAIN_NODE_KINDS = [
  "good_practice",
  "learning_event",
  "action",
  "policy_improvement",
] as const;

/** One record of the chain, for the chain as its own page sees it. */
export const chainRecord = {
  kind: z.enum(CHAIN_NODE_KINDS, "Unknown kind of record"),
  id: z.uuid(),
};

/** Either the chains a partner takes part in, or the chain through one node (not both). */
export const chainFilter = {
  partnerId: z.uuid().optional(),
  startNode: z
    .strictObject({ kind: z.enum(CHAIN_NODE_KINDS, "Unknown kind of node"), id: z.uuid() })
    .optional(),
};

export function checkChainFilter(
  v: { partnerId?: string | undefined; startNode?: unknown },
  ctx: z.RefinementCtx,
) {
  if (v.partnerId && v.startNode)
    ctx.addIssue({
      code: "custom",
      path: ["startNode"],
      message: "Filter by a partner or by a starting node, not both",
    });
}
