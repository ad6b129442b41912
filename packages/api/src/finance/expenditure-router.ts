import { z } from "zod";
import {
  editorProcedure as editor,
  leadProcedure as lead,
  projectInput,
  readProcedure as read,
  router,
} from "../trpc";
import * as contracts from "./contracts-service";
import { importItems } from "./items-import";
import { listItems } from "./items-read";
import {
  contractFields,
  contractRef,
  importFields,
  itemFields,
  itemRef,
  rateFields,
  rateImportFields,
  rateRef,
  reportRef,
} from "./items-schemas";
import * as items from "./items-service";
import * as rates from "./rates-service";

// The partner's list of expenditure, its contracts and the lead's rate table. Every member
// calls the reads (each applies financeView); the partner's editors and lead coordinators
// change a partner's items and contracts (services check actsForPartner); the lead keeps the
// rates. Services that depend on today's date take `now`; procedures pass the wall clock.
const partnerRef = { partnerId: z.uuid("Choose a partner") };

export const expenditureRouter = router({
  list: read
    .input(projectInput(reportRef))
    .query(({ ctx, input }) => listItems(ctx, input, new Date())),
  create: editor
    .input(projectInput({ ...reportRef, ...itemFields }))
    .mutation(({ ctx, input }) => items.createItem(ctx, input, new Date())),
  update: editor
    .input(projectInput({ ...itemRef, ...itemFields }))
    .mutation(({ ctx, input }) => items.updateItem(ctx, input, new Date())),
  duplicate: editor
    .input(projectInput({ itemId: itemRef.itemId }))
    .mutation(({ ctx, input }) => items.duplicateItem(ctx, input, new Date())),
  delete: editor
    .input(projectInput(itemRef))
    .mutation(({ ctx, input }) => items.deleteItem(ctx, input, new Date())),
  importItems: editor
    .input(projectInput(importFields))
    .mutation(({ ctx, input }) => importItems(ctx, input, new Date())),
  contracts: read
    .input(projectInput(partnerRef))
    .query(({ ctx, input }) => contracts.listContracts(ctx, input)),
  createContract: editor
    .input(projectInput({ ...partnerRef, ...contractFields }))
    .mutation(({ ctx, input }) => contracts.createContract(ctx, input)),
  updateContract: editor
    .input(projectInput({ ...contractRef, ...contractFields }))
    .mutation(({ ctx, input }) => contracts.updateContract(ctx, input)),
  deleteContract: editor
    .input(projectInput(contractRef))
    .mutation(({ ctx, input }) => contracts.deleteContract(ctx, input)),
  rates: read.input(projectInput({})).query(({ ctx }) => rates.listRates(ctx)),
  setRate: lead
    .input(projectInput(rateFields))
    .mutation(({ ctx, input }) => rates.setRate(ctx, input)),
  deleteRate: lead
    .input(projectInput(rateRef))
    .mutation(({ ctx, input }) => rates.deleteRate(ctx, input)),
  importRates: lead
    .input(projectInput(rateImportFields))
    .mutation(({ ctx, input }) => rates.importRates(ctx, input)),
});
