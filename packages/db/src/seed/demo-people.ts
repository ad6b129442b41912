import type { Db } from "../client";
import { demoUsers } from "./demo-partnership";

/** The demo's people by e-mail, and each partner's editor (its lead coordinator for the lead). */
export async function demoPeople(db: Db) {
  const users = await db
    .selectFrom("users")
    .select(["id", "email"])
    .where(
      "email",
      "in",
      demoUsers.map((u) => u.email),
    )
    .execute();
  const userId = (email: string) => users.find((u) => u.email === email)?.id ?? null;
  const editorOf = (key: string) =>
    userId(
      demoUsers.find(
        (u) =>
          u.partnerKey === key && (u.role === "partner_editor" || u.role === "lead_coordinator"),
      )?.email ?? "",
    );
  return { userId, editorOf };
}
