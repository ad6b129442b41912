import { leadProcedure as lead, projectInput, readProcedure as read, router } from "../trpc";
import { certifiedItems, listCorrections } from "./corrections-list";
import {
  addCorrectionFields,
  correctionsFilter,
  partnerFilter,
  removeCorrectionFields,
} from "./corrections-schemas";
import { addCorrection, removeCorrection } from "./corrections-service";

// Financial corrections (issue 19): every member reads them (other partners' as totals); lead
// coordinators (and admins) record and withdraw them. The partner's controller does not yet.
export const correctionsRouter = router({
  list: read
    .input(projectInput(correctionsFilter))
    .query(({ ctx, input }) => listCorrections(ctx, input)),
  certifiedItems: lead
    .input(projectInput(partnerFilter))
    .query(({ ctx, input }) => certifiedItems(ctx, input)),
  add: lead
    .input(projectInput(addCorrectionFields))
    .mutation(({ ctx, input }) => addCorrection(ctx, input)),
  remove: lead
    .input(projectInput(removeCorrectionFields))
    .mutation(({ ctx, input }) => removeCorrection(ctx, input)),
});
