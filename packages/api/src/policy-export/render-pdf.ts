import { documentPdf } from "@consortia/reports";
import { actionPlanDocument } from "./document";
import type { ActionPlanExportModel } from "./model";

/** The action plan as a PDF laid out like the programme's template (./document). */
export const renderActionPlanPdf = (m: ActionPlanExportModel): Promise<Buffer> =>
  documentPdf(actionPlanDocument(m));
