import { leadProcedure as lead, projectInput, readProcedure as read, router } from "../trpc";
import { approveChange, discardChange, draftChange } from "./budget-change";
import { listVersions, readDifference, readVersion } from "./budget-change-read";
import { approveChangeFields, versionNumberFields } from "./budget-change-schemas";
import { importBudget } from "./budget-import";
import { readOptions, saveOptions } from "./budget-options";
import { listPartnerFinance, savePartnerFinance } from "./budget-partners";
import { approveBudget, getBudget, saveLines } from "./budget-plan";
import {
  baseVersion,
  importFields,
  optionsFields,
  partnerFinanceFields,
  saveLinesFields,
} from "./budget-schemas";

// Every member reads the budget; lead coordinators keep it (issue 18, "Budget").
export const budgetRouter = router({
  options: read.input(projectInput({})).query(({ ctx }) => readOptions(ctx)),
  saveOptions: lead
    .input(projectInput(optionsFields))
    .mutation(({ ctx, input }) => saveOptions(ctx, input)),
  partners: read.input(projectInput({})).query(({ ctx }) => listPartnerFinance(ctx)),
  savePartner: lead
    .input(projectInput(partnerFinanceFields))
    .mutation(({ ctx, input }) => savePartnerFinance(ctx, input)),
  get: read.input(projectInput({})).query(({ ctx }) => getBudget(ctx)),
  saveLines: lead
    .input(projectInput(saveLinesFields))
    .mutation(({ ctx, input }) => saveLines(ctx, input)),
  approve: lead
    .input(projectInput({ version: baseVersion }))
    .mutation(({ ctx, input }) => approveBudget(ctx, input)),
  import: lead
    .input(projectInput(importFields))
    .mutation(({ ctx, input }) => importBudget(ctx, input)),
  // Budget changes (issue 19): every version stays readable; lead coordinators change it.
  versions: read.input(projectInput({})).query(({ ctx }) => listVersions(ctx)),
  version: read
    .input(projectInput(versionNumberFields))
    .query(({ ctx, input }) => readVersion(ctx, input)),
  difference: read.input(projectInput({})).query(({ ctx }) => readDifference(ctx)),
  draftChange: lead.input(projectInput({})).mutation(({ ctx }) => draftChange(ctx)),
  approveChange: lead
    .input(projectInput(approveChangeFields))
    .mutation(({ ctx, input }) => approveChange(ctx, input)),
  discardChange: lead
    .input(projectInput({ version: baseVersion }))
    .mutation(({ ctx, input }) => discardChange(ctx, input)),
});
