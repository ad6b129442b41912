import { z } from "zod";
import { email } from "../members";
import { partnerFields } from "../partners";
import { checkProjectDates, projectFields } from "../projects";
import { adminProcedure, router } from "../trpc";
import * as admin from "./service";

const { role: _role, ...leadPartnerFields } = partnerFields;

export const adminRouter = router({
  createProject: adminProcedure
    .input(
      z
        .strictObject({
          ...projectFields,
          leadPartner: z
            .strictObject(leadPartnerFields)
            .transform((p) => ({ ...p, role: "lead" as const })),
          leadCoordinatorEmail: email,
        })
        .superRefine(checkProjectDates),
    )
    .mutation(({ ctx, input }) => admin.createProject(ctx, input)),
  users: adminProcedure
    .input(z.strictObject({}).optional())
    .query(({ ctx }) => admin.listUsers(ctx)),
  setUserActive: adminProcedure
    .input(z.strictObject({ userId: z.uuid(), active: z.boolean() }))
    .mutation(({ ctx, input }) => admin.setUserActive(ctx, input)),
  outbox: adminProcedure
    .input(z.strictObject({ limit: z.number().int().min(1).max(200).default(50) }))
    .query(({ ctx, input }) => admin.listOutbox(ctx, input)),
});
