import type { ApiDeps } from "../context";
import type { Transition } from "./practice-transitions";

type PracticeMail = {
  to: string;
  actorName: string;
  practiceTitle: string;
  projectAcronym: string;
  transition: Transition;
  comment: string | null;
  validatedOn: string | null;
  link: string;
};

const SUBJECT: Record<Transition, string> = {
  submit: "was submitted for approval",
  approve: "was approved by the lead partner",
  return: "was returned to you with a comment",
  validate: "was validated by the programme",
  publish: "was published",
};

/** To the author: what happened to their good practice, by whom, and where to see it. */
export function goodPracticeMail(p: PracticeMail) {
  const lines = [
    `${p.actorName} recorded that your good practice "${p.practiceTitle}" in ${p.projectAcronym} ${SUBJECT[p.transition]}.`,
  ];
  if (p.comment) lines.push("", "Their comment:", p.comment);
  if (p.validatedOn) lines.push("", `Validation date: ${p.validatedOn}.`);
  if (p.transition === "return") lines.push("", "Revise it and submit it again when it is ready.");
  lines.push("", `Open the good practice:\n${p.link}`);
  return {
    to: p.to,
    subject: `${p.projectAcronym}: good practice "${p.practiceTitle}" ${SUBJECT[p.transition]}`,
    text: lines.join("\n"),
  };
}

/** To the lead coordinators: a submitted practice waits for their review. */
export function reviewRequestMail(p: {
  to: string;
  authorName: string;
  practiceTitle: string;
  ownerName: string;
  projectAcronym: string;
  link: string;
}) {
  return {
    to: p.to,
    subject: `${p.projectAcronym}: good practice "${p.practiceTitle}" awaits your review`,
    text:
      `${p.authorName} submitted the good practice "${p.practiceTitle}" of ${p.ownerName} ` +
      `for approval.\n\nApprove it, or return it with a comment:\n${p.link}`,
  };
}

type Notice = {
  projectId: string;
  goodPracticeId: string;
  practiceTitle: string;
  ownerName: string;
  authorId: string | null;
  actor: { userId: string; name: string };
  transition: Transition;
  comment: string | null;
  validatedOn: string | null;
};

/**
 * Sent after the transaction commits. The author hears of every step someone else takes;
 * a submission also goes to the project's active lead coordinators.
 */
export async function notifyTransition(deps: ApiDeps, n: Notice) {
  const project = await deps.db
    .selectFrom("projects")
    .select("acronym")
    .where("id", "=", n.projectId)
    .executeTakeFirstOrThrow();
  const link = `${deps.config.appUrl}/projects/${n.projectId}/practices/${n.goodPracticeId}`;
  const author = n.authorId
    ? await deps.db
        .selectFrom("users")
        .innerJoin("memberships", "memberships.user_id", "users.id")
        .select(["users.email", "users.name"])
        .where("users.id", "=", n.authorId)
        .where("users.is_active", "=", true)
        // Someone who has left the project no longer hears about its practices.
        .where("memberships.project_id", "=", n.projectId)
        .where("memberships.is_active", "=", true)
        .executeTakeFirst()
    : undefined;
  if (author && n.authorId !== n.actor.userId) {
    await deps.mailer.send(
      goodPracticeMail({
        to: author.email,
        actorName: n.actor.name,
        practiceTitle: n.practiceTitle,
        projectAcronym: project.acronym,
        transition: n.transition,
        comment: n.comment,
        validatedOn: n.validatedOn,
        link,
      }),
    );
  }
  if (n.transition !== "submit") return;
  const leads = await deps.db
    .selectFrom("memberships")
    .innerJoin("users", "users.id", "memberships.user_id")
    .select("users.email")
    .where("memberships.project_id", "=", n.projectId)
    .where("memberships.role", "=", "lead_coordinator")
    .where("memberships.is_active", "=", true)
    .where("users.is_active", "=", true)
    .where("users.id", "<>", n.actor.userId)
    .execute();
  for (const lead of leads) {
    await deps.mailer.send(
      reviewRequestMail({
        to: lead.email,
        authorName: n.actor.name,
        practiceTitle: n.practiceTitle,
        ownerName: n.ownerName,
        projectAcronym: project.acronym,
        link,
      }),
    );
  }
}
