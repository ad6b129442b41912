import { editorProcedure, leadProcedure, projectInput, readProcedure, router } from "../trpc";
import { getVersion, listReports, listVersions } from "./report-list";
import { reportModel } from "./report-model";
import {
  listFilter,
  reportRef,
  reportVersioned,
  returnComment,
  versionRef,
} from "./report-schemas";
import { returnReport, submitReport } from "./report-workflow";

/** The partners' financial reports: read, submit (with snapshot), return, versions. */
export const financialReportsRouter = router({
  list: readProcedure
    .input(projectInput(listFilter))
    .query(({ ctx, input }) => listReports(ctx, input, new Date())),
  get: readProcedure
    .input(projectInput(reportRef))
    .query(({ ctx, input }) => reportModel(ctx, input.partnerId, input.periodNumber, new Date())),
  submit: editorProcedure
    .input(projectInput(reportVersioned))
    .mutation(({ ctx, input }) => submitReport(ctx, input, new Date())),
  return: leadProcedure
    .input(projectInput({ ...reportVersioned, comment: returnComment }))
    .mutation(({ ctx, input }) => returnReport(ctx, input, new Date())),
  versions: readProcedure
    .input(projectInput(reportRef))
    .query(({ ctx, input }) => listVersions(ctx, input)),
  version: readProcedure
    .input(projectInput(versionRef))
    .query(({ ctx, input }) => getVersion(ctx, input)),
});
