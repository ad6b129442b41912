import { z } from "zod";
import { learningChain, recordLineage } from "../policy-views/chain";
import { policyCounts } from "../policy-views/counts";
import { policyMatrix } from "../policy-views/matrix";
import { instrumentStatus } from "../policy-views/status";
import { periodNumber } from "../shared/fields";
import { projectInput, readProcedure as read, router } from "../trpc";
import { chainFilter, chainRecord, checkChainFilter } from "./policy-views-schemas";

/** Editors record their own partner's monitoring and improvements; services check the partner. */

export const policyViewsRouter = router({
  instrumentStatus: read
    .input(projectInput({ partnerId: z.uuid() }))
    .query(({ ctx, input }) => instrumentStatus(ctx, input)),
  matrix: read
    .input(projectInput({ periodNumber: periodNumber.optional() }))
    .query(({ ctx, input }) => policyMatrix(ctx, input)),
  chain: read
    .input(projectInput(chainFilter).superRefine(checkChainFilter))
    .query(({ ctx, input }) => learningChain(ctx, input)),
  /** The chain from one record's page: what led to it and what it led to. */
  lineage: read
    .input(projectInput(chainRecord))
    .query(({ ctx, input }) => recordLineage(ctx, input)),
  counts: read.input(projectInput({})).query(({ ctx }) => policyCounts(ctx)),
});
