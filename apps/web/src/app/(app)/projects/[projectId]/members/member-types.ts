import type { RouterOutputs } from "@consortia/api/client";

type List = RouterOutputs["members"]["list"];
export type MemberRow = List["members"][number] & { lastChange: Date };
export type InvitationRow = List["invitations"][number] & { invitedBy: string | null };
export type PartnerOption = { id: string; name: string; shortName: string };
