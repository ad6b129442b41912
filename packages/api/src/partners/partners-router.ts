import { z } from "zod";
import { version } from "../shared/fields";
import { LEAD_ROLES, READ_ROLES } from "../shared/roles";
import { projectInput, projectProcedure, router } from "../trpc";
import { COUNTRIES, partnerFields } from "./schemas";
import * as partners from "./service";

const nutsMatchesCountry = (v: { country: string; nutsCode: string }, ctx: z.RefinementCtx) => {
  if (!v.nutsCode.startsWith(v.country)) {
    ctx.addIssue({
      code: "custom",
      path: ["nutsCode"],
      message: `A NUTS code in ${COUNTRIES[v.country]} starts with ${v.country}`,
    });
  }
};

export const partnersRouter = router({
  list: projectProcedure(READ_ROLES)
    .input(projectInput({}))
    .query(({ ctx }) => partners.listPartners(ctx)),
  create: projectProcedure(LEAD_ROLES)
    .input(projectInput(partnerFields).superRefine(nutsMatchesCountry))
    .mutation(({ ctx, input }) => partners.createPartner(ctx, input)),
  update: projectProcedure(LEAD_ROLES)
    .input(
      projectInput({
        ...partnerFields,
        partnerId: z.uuid(),
        version,
      }).superRefine(nutsMatchesCountry),
    )
    .mutation(({ ctx, input }) => partners.updatePartner(ctx, input)),
});
