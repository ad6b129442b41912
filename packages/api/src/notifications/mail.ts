import type { Db } from "@consortia/db";
import type { ApiDeps } from "../context";

type Claimed = {
  id: string;
  user_id: string;
  title: string;
  body: string;
  link: string | null;
  created_at: Date;
};

const absolute = (appUrl: string, link: string | null) =>
  link ? `${appUrl.replace(/\/$/, "")}${link}` : null;

const footer = (appUrl: string) =>
  `\n\n—\nChoose which notifications you get, and how, in your profile: ${absolute(appUrl, "/profile")}`;

/**
 * Claims unmailed rows (sets `emailed_at` in the same statement that selects them), so two
 * workers, a retry or a restart never mail the same notification twice. A crash between the
 * claim and the send loses that e-mail; the in-app notification stays.
 */
async function claim(
  db: Db,
  mode: "immediately" | "daily_digest",
  now: Date,
  userId?: string,
): Promise<Claimed[]> {
  let q = db
    .updateTable("notifications")
    .set({ emailed_at: now })
    .where("email_mode", "=", mode)
    .where("emailed_at", "is", null);
  if (userId) q = q.where("user_id", "=", userId);
  return (
    await q.returning(["id", "user_id", "title", "body", "link", "created_at"]).execute()
  ).sort((a, b) => a.created_at.getTime() - b.created_at.getTime());
}

async function recipients(db: Db, userIds: string[]) {
  if (userIds.length === 0) return new Map<string, { email: string; name: string }>();
  const rows = await db
    .selectFrom("users")
    .select(["id", "email", "name"])
    .where("id", "in", userIds)
    .where("is_active", "=", true)
    .execute();
  return new Map(rows.map((r) => [r.id, r]));
}

/** One e-mail per notification for the people who chose "immediately". */
export async function mailImmediate(deps: ApiDeps, now: Date): Promise<number> {
  const claimed = await claim(deps.db, "immediately", now);
  const people = await recipients(deps.db, [...new Set(claimed.map((c) => c.user_id))]);
  let sent = 0;
  for (const n of claimed) {
    const to = people.get(n.user_id);
    if (!to) continue;
    const link = absolute(deps.config.appUrl, n.link);
    await deps.mailer.send({
      to: to.email,
      subject: n.title,
      text: `${n.body}${link ? `\n\nOpen it in Consortia:\n${link}` : ""}${footer(deps.config.appUrl)}`,
    });
    sent++;
  }
  return sent;
}

export function digestText(appUrl: string, name: string, items: Claimed[]): string {
  const lines = items.map((n) => {
    const link = absolute(appUrl, n.link);
    return `• ${n.title}\n  ${n.body}${link ? `\n  ${link}` : ""}`;
  });
  return `Hello ${name},\n\nhere is what happened in your Consortia projects:\n\n${lines.join("\n\n")}${footer(appUrl)}`;
}

/**
 * One e-mail per person with the digest items not mailed yet. Items the person has already
 * read in the app are claimed too but left out of the mail; nobody gets an empty digest.
 */
export async function mailDigests(deps: ApiDeps, now: Date): Promise<number> {
  const pending = await deps.db
    .selectFrom("notifications")
    .select("user_id")
    .distinct()
    .where("email_mode", "=", "daily_digest")
    .where("emailed_at", "is", null)
    .execute();
  const people = await recipients(
    deps.db,
    pending.map((p) => p.user_id),
  );
  let sent = 0;
  for (const { user_id } of pending) {
    const person = people.get(user_id);
    const claimed = await claim(deps.db, "daily_digest", now, user_id);
    const unreadIds = new Set(
      claimed.length === 0
        ? []
        : (
            await deps.db
              .selectFrom("notifications")
              .select("id")
              .where(
                "id",
                "in",
                claimed.map((c) => c.id),
              )
              .where("read_at", "is", null)
              .execute()
          ).map((r) => r.id),
    );
    const items = claimed.filter((c) => unreadIds.has(c.id));
    if (!person || items.length === 0) continue;
    await deps.mailer.send({
      to: person.email,
      subject: `Your Consortia digest: ${items.length} ${items.length === 1 ? "update" : "updates"}`,
      text: digestText(deps.config.appUrl, person.name, items),
    });
    sent++;
  }
  return sent;
}
