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
// coordinators (and admins) record and withdraw them, as the lead partner answers to the
// programme for what an audit or the programme's own check finds after certification. A
// controller who finds an error in its own certificate reopens the control instead (audited,
// a new certificate version), so corrections stay one record of the lead partner's.
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
