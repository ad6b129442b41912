import { documentDocx } from "@consortia/reports";
import { actionPlanDocument } from "./document";
import type { ActionPlanExportModel } from "./model";

/** The action plan as a Word document in the template's structure, for further editing. */
export const renderActionPlanDocx = (m: ActionPlanExportModel): Promise<Buffer> =>
  documentDocx(actionPlanDocument(m));
