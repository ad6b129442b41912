import { z } from "zod";
import { email } from "../members";
import { authedProcedure, publicProcedure, router } from "../trpc";
import { requestPasswordReset, resetPassword } from "./password-reset";
import { linkToken, newPassword, personName } from "./schemas";
import * as account from "./service";

export const accountRouter = router({
  me: authedProcedure.input(z.strictObject({}).optional()).query(({ ctx }) => account.getMe(ctx)),
  updateProfile: authedProcedure
    .input(z.strictObject({ name: personName }))
    .mutation(({ ctx, input }) => account.updateProfile(ctx, input)),
  changePassword: authedProcedure
    .input(
      z.strictObject({ currentPassword: z.string().min(1, "Required").max(1024), newPassword }),
    )
    .mutation(({ ctx, input }) => account.changePassword(ctx, input)),
  invitation: publicProcedure
    .input(z.strictObject({ token: linkToken }))
    .query(({ ctx, input }) => account.getInvitation(ctx, input)),
  acceptInvitation: publicProcedure
    .input(
      z.strictObject({
        token: linkToken,
        name: personName.optional(),
        password: z.string().min(1).max(200),
      }),
    )
    .mutation(({ ctx, input }) => account.acceptInvitation(ctx, input)),
  requestPasswordReset: publicProcedure
    .input(z.strictObject({ email }))
    .mutation(({ ctx, input }) => requestPasswordReset(ctx, input)),
  resetPassword: publicProcedure
    .input(z.strictObject({ token: linkToken, password: newPassword }))
    .mutation(({ ctx, input }) => resetPassword(ctx, input)),
});
