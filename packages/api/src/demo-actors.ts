import { createSession, revokeSession } from "@consortia/auth";
import type { ApiDeps } from "./context";
import { createContext } from "./context";
import { createCaller } from "./root";
import { resolveProjectAccess } from "./shared/project-access";
import { READ_ROLES } from "./shared/roles";
import type { ProjectCtx } from "./shared/service-context";

/**
 * The demo's people acting on the demo partnership after it is seeded (evidence, control,
 * claims and payments): each signed in with a session of its own, through the API's caller
 * (`caller`) or, where a step must carry the demo's own date rather than today's, the service
 * context (`ctx`). The sessions are revoked when `act` ends, whatever happens.
 */
export type DemoActors = {
  caller: (email: string) => Promise<ReturnType<typeof createCaller>>;
  ctx: (email: string) => Promise<ProjectCtx>;
};

export async function withDemoActors<T>(
  deps: ApiDeps,
  projectId: string,
  act: (actors: DemoActors) => Promise<T>,
): Promise<T> {
  const sessions: string[] = [];
  const contextOf = async (email: string) => {
    const user = await deps.db
      .selectFrom("users")
      .select("id")
      .where("email", "=", email)
      .executeTakeFirstOrThrow();
    const sessionId = await createSession(deps.db, user.id, "demo seed");
    sessions.push(sessionId);
    return createContext(deps, { sessionId, requestId: "demo-seed", clientAddress: "127.0.0.1" });
  };
  try {
    return await act({
      caller: async (email) => createCaller(await contextOf(email)),
      ctx: async (email) => {
        const base = await contextOf(email);
        if (!base.actor) throw new Error(`the demo's ${email} could not be signed in`);
        const access = await resolveProjectAccess(deps.db, base.actor, projectId, READ_ROLES);
        return { ...base, actor: base.actor, access };
      },
    });
  } finally {
    for (const s of sessions) await revokeSession(deps.db, s);
  }
}
