import { z } from "zod";
import { attachmentDocumentIds } from "../documents";
import { leadProcedure as lead, projectInput, readProcedure as read, router } from "../trpc";
import { listCertificates, setCertificateInclusion } from "./claim";
import { compareVersions } from "./compare";
import { contributionsRouter } from "./contributions-router";
import { loadPeriodReport } from "./load";
import { getPeriodReport, listPeriodReports } from "./read";
import { submissionReadiness } from "./readiness";
import {
  periodNumber,
  reopenReason,
  reportVersion,
  rowVersion,
  saveFields,
} from "./report-schemas";
import * as workflow from "./report-workflow";
import { textBlocks } from "./text-blocks";
import * as write from "./write";

// Every member lists the periods and reads submitted versions; partner people also read the
// live draft, observers never (see ./load). Lead coordinators consolidate, submit and reopen.
// Services that depend on today's date take `now`; procedures pass the wall clock.
const which = { periodNumber, version: reportVersion.optional() };

export const periodReportsRouter = router({
  contributions: contributionsRouter,
  list: read.input(projectInput({})).query(({ ctx }) => listPeriodReports(ctx, new Date())),
  get: read
    .input(projectInput(which))
    .query(({ ctx, input }) => getPeriodReport(ctx, input, new Date())),
  save: lead
    .input(projectInput(saveFields))
    .mutation(({ ctx, input }) => write.saveReport(ctx, input, new Date())),
  attachAnnexes: lead
    .input(projectInput({ periodNumber, documentIds: attachmentDocumentIds }))
    .mutation(({ ctx, input }) => write.attachAnnexes(ctx, input, new Date())),
  detachAnnex: lead
    .input(projectInput({ periodNumber, documentId: z.uuid("Choose a document") }))
    .mutation(({ ctx, input }) => write.detachAnnex(ctx, input, new Date())),
  /** What a submission would lock and leave incomplete, asked before confirming it. */
  readiness: lead
    .input(projectInput({ periodNumber }))
    .query(({ ctx, input }) => submissionReadiness(ctx, input, new Date())),
  submit: lead
    .input(projectInput({ periodNumber, version: rowVersion }))
    .mutation(({ ctx, input }) => workflow.submitReport(ctx, input, new Date())),
  reopen: lead
    .input(projectInput({ periodNumber, version: rowVersion, reason: reopenReason }))
    .mutation(({ ctx, input }) => workflow.reopenReport(ctx, input, new Date())),
  /** The certificates the lead may claim in the period's report, and the claim they make. */
  certificates: lead
    .input(projectInput({ periodNumber }))
    .query(({ ctx, input }) => listCertificates(ctx, input, new Date())),
  setCertificateInclusion: lead
    .input(
      projectInput({
        periodNumber,
        certificateId: z.uuid("Choose a certificate"),
        included: z.boolean("Include the certificate, or leave it for the next report"),
      }),
    )
    .mutation(({ ctx, input }) => setCertificateInclusion(ctx, input, new Date())),
  compare: read
    .input(projectInput({ periodNumber, from: reportVersion, to: reportVersion.optional() }))
    .query(({ ctx, input }) => compareVersions(ctx, input, new Date())),
  textBlocks: read.input(projectInput(which)).query(async ({ ctx, input }) => {
    const { periodNumber: n, version } = input;
    const model = await loadPeriodReport(
      ctx,
      version === undefined ? { periodNumber: n } : { periodNumber: n, version },
      new Date(),
    );
    return textBlocks(model);
  }),
});
