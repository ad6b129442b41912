import type { ProjectRole } from "@consortia/db";

export const ROLE_LABELS: Record<ProjectRole, string> = {
  lead_coordinator: "lead coordinator",
  partner_editor: "partner editor",
  partner_viewer: "partner viewer",
  observer: "observer",
  controller: "controller",
};

export function invitationMail(p: {
  to: string;
  inviterName: string;
  projectAcronym: string;
  projectTitle: string;
  partnerName: string | null;
  role: ProjectRole;
  link: string;
  expiresAt: Date;
}) {
  const asWhat = `${ROLE_LABELS[p.role]}${p.partnerName ? ` for ${p.partnerName}` : ""}`;
  return {
    to: p.to,
    subject: `${p.inviterName} invited you to ${p.projectAcronym} on Consortia`,
    text:
      `${p.inviterName} invited you to join the project ${p.projectAcronym} – ${p.projectTitle} ` +
      `as ${asWhat}.\n\nAccept the invitation and choose your password:\n${p.link}\n\n` +
      `The link works once and expires on ${p.expiresAt.toUTCString()}.\n` +
      "If you did not expect this invitation, you can ignore this e-mail.",
  };
}

export function passwordResetMail(p: { to: string; link: string; minutes: number }) {
  return {
    to: p.to,
    subject: "Reset your Consortia password",
    text:
      `Someone (hopefully you) asked to reset the password of your Consortia account.\n\n` +
      `Choose a new password here:\n${p.link}\n\nThe link works once and expires in ${p.minutes} minutes. ` +
      "If you did not ask for this, ignore this e-mail: your password stays as it is.",
  };
}
