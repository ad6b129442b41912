import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createSession, hashPassword } from "@consortia/auth";
import {
  type Db,
  type DbHandle,
  DEMO_LEAD_EMAIL,
  type ProjectRole,
  seedDemoPartnership,
} from "@consortia/db";
import { createTestDb } from "@consortia/db/testing";
import { createLocalStore } from "@consortia/storage";
import { getErrorShape, TRPCError } from "@trpc/server";
import { requestPasswordReset } from "../account/password-reset";
import type { ApiConfig } from "../config";
import { DEFAULT_ALLOWED_TYPES } from "../config";
import { type ApiDeps, type Context, createContext } from "../context";
import { demoMoney } from "../finance/demo-money";
import { createMailer, type Mailer } from "../mail/mailer";
import { insertInvitation } from "../members/invitations";
import { appRouter, createCaller } from "../root";
import { resolveProjectAccess } from "../shared/project-access";
import type { Role } from "../shared/roles";
import { READ_ROLES } from "../shared/roles";
import type { ProjectCtx } from "../shared/service-context";
import { createPartnership, type Partnership } from "./factories";

/** Every fixture account shares this password, hashed once (argon2 cost is fixed in auth). */
export const PASSWORD = "correct-horse-battery";
export const APP_URL = "http://consortia.test";

export const TEST_CONFIG: ApiConfig = {
  smtpUrl: undefined,
  mailFrom: "Consortia Test <no-reply@consortia.test>",
  appUrl: APP_URL,
  invitationTtlHours: 24 * 7,
  passwordResetTtlMinutes: 60,
  uploadMaxBytes: 5 * 1024 * 1024,
  storageQuotaBytes: 20 * 1024 * 1024,
  allowedTypes: DEFAULT_ALLOWED_TYPES,
  demoPassword: "demo-password-for-tests",
  jobSchedules: {},
};

export type Caller = ReturnType<typeof createCaller>;
export type UserRef = { id: string; email: string };
/** The callers the permission matrix walks through. */
export type Who = Role | "memberB" | "deactivated" | "anonymous";

export type Fixtures = {
  password: string;
  projectA: { id: string; acronym: string };
  projectB: { id: string; acronym: string };
  /** Partner ids in project A: the lead partner and two ordinary ones. */
  partnersA: { lead: string; se: string; it: string };
  partnerB: string;
  /** One user per role in project A (`admin` is the platform administrator, not a member). */
  users: Record<Role, UserRef> & {
    /** A partner editor of another partner (Lombardy) than `partner_editor`'s (Stockholm). */
    editorIt: UserRef;
    memberB: UserRef;
    deactivated: UserRef;
  };
  /** A session of `users.deactivated`, created while the account was still active. */
  deactivatedSessionId: string;
  /** A fresh, unique string for names, e-mail addresses and acronyms. */
  unique: (prefix: string) => string;
  /** A new active account (not a member of anything). */
  newUser: (opts?: { isAdmin?: boolean }) => Promise<UserRef>;
  /** A new account with a membership in a project. */
  newMember: (opts: {
    projectId?: string;
    role: ProjectRole;
    partnerId?: string | null;
  }) => Promise<UserRef & { membershipId: string; version: number }>;
  /** An open invitation to a new address in project A, with its one-time link token. */
  newInvitation: (opts?: {
    role?: ProjectRole;
    partnerId?: string | null;
    email?: string;
  }) => Promise<{ id: string; token: string; email: string }>;
  /** Asks for a password reset through the real service and returns the mailed token. */
  newResetToken: (email: string) => Promise<string>;
  /** A new partner in project A (ordinary unless told), created by the lead coordinator. */
  newPartner: (opts?: {
    role?: "partner" | "advisory";
    shortName?: string;
    country?: string;
    nutsCode?: string;
  }) => Promise<{ id: string; version: number; name: string }>;
};

export type Harness = {
  handle: DbHandle;
  db: Db;
  deps: ApiDeps;
  f: Fixtures;
  /** A real session for the user (or none), wrapped in a server-side caller. */
  callerFor: (userId: string | null) => Promise<Caller>;
  callerForSession: (sessionId: string | null) => Promise<Caller>;
  contextFor: (sessionId: string | null, deps?: ApiDeps) => Promise<Context>;
  sessionFor: (userId: string) => Promise<string>;
  /** What a project procedure hands a service, for this user in this project (A by default). */
  projectCtxFor: (userId: string, projectId?: string) => Promise<ProjectCtx>;
  /** Mails sent to an address, newest first. */
  mailsTo: (email: string) => Promise<{ subject: string; text_body: string }[]>;
  auditCount: () => Promise<number>;
  close: () => Promise<void>;
};

/** The one-time token in a mailed link (`/invite/<token>` or `/reset-password/<token>`). */
export function tokenFromMail(text: string, kind: "invite" | "reset-password"): string {
  const m = text.match(new RegExp(`${APP_URL}/${kind}/([A-Za-z0-9_-]+)`));
  if (!m?.[1]) throw new Error(`no ${kind} link in mail:\n${text}`);
  return m[1];
}

/** The rejection of a call that must fail, as a TRPCError. */
export async function trpcError(call: Promise<unknown>): Promise<TRPCError> {
  try {
    await call;
  } catch (err) {
    if (err instanceof TRPCError) return err;
    throw err;
  }
  throw new Error("expected the call to fail, but it succeeded");
}

/** What the client would receive for an error: the router's own errorFormatter applied. */
export function clientShape(error: TRPCError, ctx?: Context) {
  return getErrorShape({
    config: appRouter._def._config,
    error,
    type: "unknown",
    path: undefined,
    input: undefined,
    ctx,
  });
}

/**
 * A fresh database holding the minimal partnership (`createPartnership`) and a second project
 * with one member; `demo: true` loads the whole demo partnership instead, for the few tests
 * that are about the demo itself.
 */
export async function createHarness(
  opts: { smtpUrl?: string; mailer?: Mailer; demo?: boolean } = {},
) {
  const handle = await createTestDb();
  const db = handle.db;
  const config: ApiConfig = { ...TEST_CONFIG, smtpUrl: opts.smtpUrl };
  const deps: ApiDeps = {
    db,
    config,
    mailer: opts.mailer ?? createMailer(db, { smtpUrl: opts.smtpUrl, from: config.mailFrom }),
    store: createLocalStore(mkdtempSync(path.join(tmpdir(), "consortia-blobs-"))),
  };
  const passwordHash = await hashPassword(PASSWORD);
  const people = opts.demo
    ? await demoPeople(db, passwordHash)
    : await createPartnership(db, passwordHash);
  const projectAId = people.project.id;

  let requests = 0;
  const contextFor = (sessionId: string | null, d: ApiDeps = deps) =>
    createContext(d, { sessionId, requestId: `req-${++requests}`, clientAddress: "127.0.0.1" });
  const callerForSession = async (sessionId: string | null) =>
    createCaller(await contextFor(sessionId));
  const sessionFor = (userId: string) => createSession(db, userId, "vitest");
  const callerFor = async (userId: string | null) =>
    callerForSession(userId ? await sessionFor(userId) : null);
  const mailsTo = (email: string) =>
    db
      .selectFrom("mail_outbox")
      .select(["subject", "text_body"])
      .where("to_address", "=", email)
      .orderBy("created_at", "desc")
      .execute();
  const auditCount = async () =>
    (
      await db
        .selectFrom("audit_log")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow()
    ).n;

  const userByEmail = (email: string) =>
    db
      .selectFrom("users")
      .select(["id", "email"])
      .where("email", "=", email)
      .executeTakeFirstOrThrow();

  let counter = 0;
  const unique = (prefix: string) => `${prefix}${++counter}`;
  const newUser = async (o: { isAdmin?: boolean } = {}) => {
    const email = `${unique("user")}@example.org`;
    return db
      .insertInto("users")
      .values({ email, name: `Test ${email}`, password_hash: passwordHash, is_admin: !!o.isAdmin })
      .returning(["id", "email"])
      .executeTakeFirstOrThrow();
  };

  const { admin, lead_coordinator: lead } = people.users;
  const partnersA = people.partners;
  const adminCaller = await callerFor(admin.id);

  // Project B comes from the real services: created by the admin, joined through the invitation.
  const projectB = await adminCaller.admin.createProject({
    acronym: "BLUE-PORTS",
    title: "Blue ports for a circular maritime economy",
    startDate: "2025-01-01",
    endDate: "2028-12-31",
    leadPartner: {
      name: "Region of Crete",
      shortName: "Crete",
      country: "EL",
      nutsCode: "EL43",
      regionName: "Kriti",
      type: "regional_authority",
    },
    leadCoordinatorEmail: "bea.b@example.org",
  });
  const [invitationB] = await mailsTo("bea.b@example.org");
  const anonymous = await callerFor(null);
  await anonymous.account.acceptInvitation({
    token: tokenFromMail(invitationB?.text_body ?? "", "invite"),
    name: "Bea Blue",
    password: PASSWORD,
  });
  const memberB = await userByEmail("bea.b@example.org");
  const partnerB = (
    await db
      .selectFrom("partners")
      .select("id")
      .where("project_id", "=", projectB.id)
      .executeTakeFirstOrThrow()
  ).id;

  const newMember: Fixtures["newMember"] = async (o) => {
    const user = await newUser();
    const partnerId =
      o.partnerId !== undefined
        ? o.partnerId
        : o.role === "observer" || o.role === "controller"
          ? null
          : partnersA.it;
    const m = await db
      .insertInto("memberships")
      .values({
        user_id: user.id,
        project_id: o.projectId ?? projectAId,
        partner_id: partnerId,
        role: o.role,
      })
      .returning(["id", "version"])
      .executeTakeFirstOrThrow();
    return { ...user, membershipId: m.id, version: m.version };
  };

  // Deactivated by the admin after a session was opened: that session must stop working.
  const deactivated = await newMember({ role: "partner_editor", partnerId: partnersA.se });
  const deactivatedSessionId = await sessionFor(deactivated.id);
  await adminCaller.admin.setUserActive({ userId: deactivated.id, active: false });

  const newInvitation: Fixtures["newInvitation"] = async (o = {}) => {
    const email = o.email ?? `${unique("invitee")}@example.org`;
    const role = o.role ?? "partner_editor";
    const partnerId =
      o.partnerId !== undefined
        ? o.partnerId
        : role === "observer" || role === "controller"
          ? null
          : partnersA.se;
    const inv = await insertInvitation(db, deps, {
      projectId: projectAId,
      partnerId,
      role,
      email,
      invitedBy: lead.id,
    });
    return { id: inv.id, token: inv.token, email };
  };

  let resetRequests = 0;
  const newResetToken = async (email: string) => {
    // Each from its own address, so fixtures never run into the per-address reset limit.
    const ctx = await createContext(deps, {
      sessionId: null,
      requestId: `reset-${++resetRequests}`,
      clientAddress: `fixture-${resetRequests}`,
    });
    await requestPasswordReset(ctx, { email });
    const [mail] = await mailsTo(email);
    return tokenFromMail(mail?.text_body ?? "", "reset-password");
  };

  const leadCaller = await callerFor(lead.id);
  const newPartner: Fixtures["newPartner"] = async (o = {}) => {
    const name = unique("Partner region ");
    const p = await leadCaller.partners.create({
      projectId: projectAId,
      name,
      shortName: o.shortName ?? name.slice(-20),
      country: o.country ?? "FR",
      nutsCode: o.nutsCode ?? "FRK2",
      regionName: "Rhône-Alpes",
      type: "agency",
      role: o.role ?? "partner",
    });
    return { id: p.id, version: p.version, name: p.name };
  };

  const f: Fixtures = {
    password: PASSWORD,
    projectA: { id: projectAId, acronym: people.project.acronym },
    projectB: { id: projectB.id, acronym: projectB.acronym },
    partnersA,
    partnerB,
    users: {
      admin,
      lead_coordinator: lead,
      partner_editor: people.users.partner_editor,
      partner_viewer: people.users.partner_viewer,
      observer: people.users.observer,
      controller: people.users.controller,
      editorIt: people.users.editorIt,
      memberB,
      deactivated: { id: deactivated.id, email: deactivated.email },
    },
    deactivatedSessionId,
    unique,
    newUser,
    newMember,
    newInvitation,
    newResetToken,
    newPartner,
  };

  const projectCtxFor = async (userId: string, projectId = projectAId): Promise<ProjectCtx> => {
    const ctx = await contextFor(await sessionFor(userId));
    if (!ctx.actor) throw new Error("the user could not be signed in");
    const access = await resolveProjectAccess(ctx.db, ctx.actor, projectId, READ_ROLES);
    return { ...ctx, actor: ctx.actor, access };
  };

  const harness: Harness = {
    handle,
    db,
    deps,
    f,
    callerFor,
    callerForSession,
    contextFor,
    sessionFor,
    projectCtxFor,
    mailsTo,
    auditCount,
    close: () => handle.close(),
  };
  return harness;
}

/** The demo partnership's project, partners and people in the shape of the minimal one. */
async function demoPeople(db: Db, passwordHash: string): Promise<Partnership> {
  const seeded = await seedDemoPartnership(db, passwordHash, demoMoney);
  if (!seeded.projectId) throw new Error("demo partnership was not seeded");
  const projectId = seeded.projectId;
  const user = (email: string) =>
    db
      .selectFrom("users")
      .select(["id", "email"])
      .where("email", "=", email)
      .executeTakeFirstOrThrow();
  const partner = async (short: string) =>
    (
      await db
        .selectFrom("partners")
        .select("id")
        .where("project_id", "=", projectId)
        .where("short_name", "=", short)
        .executeTakeFirstOrThrow()
    ).id;
  const project = await db
    .selectFrom("projects")
    .select(["id", "acronym", "start_date as startDate", "end_date as endDate"])
    .where("id", "=", projectId)
    .executeTakeFirstOrThrow();
  return {
    project,
    partners: {
      lead: await partner("RegionH"),
      se: await partner("Region Stockholm"),
      it: await partner("Lombardia"),
    },
    users: {
      admin: await user("admin@consortia.demo"),
      lead_coordinator: await user(DEMO_LEAD_EMAIL),
      partner_editor: await user("anna.berg@consortia.demo"),
      partner_viewer: await user("viewer@consortia.demo"),
      observer: await user("observer@consortia.demo"),
      controller: await user("controller@consortia.demo"),
      editorIt: await user("giulia.rossi@consortia.demo"),
    },
  };
}
