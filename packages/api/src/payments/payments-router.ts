import { leadProcedure as lead, projectInput, readProcedure as read, router } from "../trpc";
import { paymentsOverview } from "./payments-read";
import {
  deleteInput,
  recordPaymentInput,
  recordTransferInput,
  updatePaymentInput,
  updateTransferInput,
  waitDaysInput,
} from "./payments-schemas";
import { setWaitDays } from "./payments-settings";
import { deletePayment, recordPayment, updatePayment } from "./payments-write";
import { deleteTransfer, recordTransfer, updateTransfer } from "./transfers-write";

// Payments received from the programme and passed on to the partners: every member reads
// (payments-read.ts decides what each sees); lead coordinators and admins record and change.
// Services that depend on today's date take `now`.
export const paymentsRouter = router({
  overview: read.input(projectInput({})).query(({ ctx }) => paymentsOverview(ctx, new Date())),
  recordPayment: lead
    .input(projectInput(recordPaymentInput))
    .mutation(({ ctx, input }) => recordPayment(ctx, input, new Date())),
  updatePayment: lead
    .input(projectInput(updatePaymentInput))
    .mutation(({ ctx, input }) => updatePayment(ctx, input, new Date())),
  deletePayment: lead
    .input(projectInput(deleteInput))
    .mutation(({ ctx, input }) => deletePayment(ctx, input, new Date())),
  recordTransfer: lead
    .input(projectInput(recordTransferInput))
    .mutation(({ ctx, input }) => recordTransfer(ctx, input, new Date())),
  updateTransfer: lead
    .input(projectInput(updateTransferInput))
    .mutation(({ ctx, input }) => updateTransfer(ctx, input, new Date())),
  deleteTransfer: lead
    .input(projectInput(deleteInput))
    .mutation(({ ctx, input }) => deleteTransfer(ctx, input)),
  setWaitDays: lead
    .input(projectInput(waitDaysInput))
    .mutation(({ ctx, input }) => setWaitDays(ctx, input)),
});
