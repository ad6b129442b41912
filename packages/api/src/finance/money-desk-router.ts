import {
  leadProcedure as lead,
  projectInput,
  readProcedure as read,
  router,
  validatorProcedure,
} from "../trpc";
import { financeLanding } from "./desk-landing";
import { moneyDeskOverview } from "./desk-overview";
import { remindFinancialReport } from "./desk-remind";
import { deskOverviewInput, deskRemindInput } from "./desk-schemas";
import { moneySummary } from "./desk-summary";

// The lead partner's money desk: lead coordinators, admins and observers (programme officers)
// read it; lead coordinators remind. Services that depend on today's date take `now`.
export const moneyDeskRouter = router({
  /** The finance landing page: for every member, what they may open, and their own reports. */
  landing: read.input(projectInput({})).query(({ ctx }) => financeLanding(ctx, new Date())),
  overview: validatorProcedure
    .input(projectInput(deskOverviewInput))
    .query(({ ctx, input }) => moneyDeskOverview(ctx, input, new Date())),
  /** The money in short, for the lead partner's main desk. */
  summary: lead.input(projectInput({})).query(({ ctx }) => moneySummary(ctx, new Date())),
  remind: lead
    .input(projectInput(deskRemindInput))
    .mutation(({ ctx, input }) => remindFinancialReport(ctx, input, new Date())),
});
