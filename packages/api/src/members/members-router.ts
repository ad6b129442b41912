import { z } from "zod";
import { version } from "../shared/fields";
import { leadProcedure as lead, projectInput, router } from "../trpc";
import { checkRolePartner, email, roleAndPartner } from "./schemas";
import * as members from "./service";

export const membersRouter = router({
  list: lead.input(projectInput({})).query(({ ctx }) => members.listMembers(ctx)),
  invite: lead
    .input(projectInput({ email, ...roleAndPartner }).superRefine(checkRolePartner))
    .mutation(({ ctx, input }) => members.inviteMember(ctx, input)),
  resendInvitation: lead
    .input(projectInput({ invitationId: z.uuid() }))
    .mutation(({ ctx, input }) => members.resendInvitation(ctx, input)),
  revokeInvitation: lead
    .input(projectInput({ invitationId: z.uuid() }))
    .mutation(({ ctx, input }) => members.revokeInvitation(ctx, input)),
  changeRole: lead
    .input(
      projectInput({
        membershipId: z.uuid(),
        ...roleAndPartner,
        version,
      }).superRefine(checkRolePartner),
    )
    .mutation(({ ctx, input }) => members.changeMemberRole(ctx, input)),
  setActive: lead
    .input(
      projectInput({
        membershipId: z.uuid(),
        active: z.boolean(),
        version,
      }),
    )
    .mutation(({ ctx, input }) => members.setMemberActive(ctx, input)),
});
