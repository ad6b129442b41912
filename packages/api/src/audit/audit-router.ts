import { z } from "zod";
import { recordNumber } from "../shared/fields";
import { leadProcedure as lead, projectInput, router } from "../trpc";
import { auditFacets, listAudit } from "./service";

const day = z.iso.date({ error: "Use a date like 2025-03-01" });

export const auditRouter = router({
  list: lead
    .input(
      projectInput({
        actorId: z.uuid().optional(),
        entity: z.string().max(40).optional(),
        from: day.optional(),
        to: day.optional(),
        cursor: recordNumber.optional(),
        limit: z.number().int().min(1).max(200).default(50),
      }).refine((v) => !v.from || !v.to || v.from <= v.to, {
        path: ["to"],
        message: "'To' must not be before 'from'",
      }),
    )
    .query(({ ctx, input }) => listAudit(ctx, input)),
  facets: lead.input(projectInput({})).query(({ ctx }) => auditFacets(ctx)),
});
