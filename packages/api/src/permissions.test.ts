import { TRPCError } from "@trpc/server";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { documentEntries } from "./documents/permissions.matrix";
import { improvementEntries } from "./improvements/permissions.matrix";
import { indicatorEntries } from "./indicators/permissions.matrix";
import { learningEntries } from "./learning/permissions.matrix";
import { notificationEntries } from "./notifications/permissions.matrix";
import { reportEntries } from "./period-reports/contribution-permissions.matrix";
import { periodReportEntries } from "./period-reports/permissions.matrix";
import { policyEntries } from "./policy/permissions.matrix";
import { appRouter } from "./root";
import { LEAD_ROLES, READ_ROLES, type Role } from "./shared/roles";
import { type DocumentFixtures, documentFixtures } from "./testing/document-fixtures";
import { createHarness, type Fixtures, type Harness, type Who } from "./testing/harness";
import { type LearningFixtures, learningFixtures } from "./testing/learning-fixtures";
import { workplanEntries } from "./workplan/permissions.matrix";

type Access = Role[] | "public" | "authed" | "admin";

/**
 * Who may call what. Every procedure of the router must be listed; the inputs are valid, so an
 * allowed caller's call must succeed (a factory in `f` makes a fresh object for each call).
 */
const MATRIX: Record<string, { roles: Access; input: (f: Fixtures) => unknown }> = {
  "account.me": { roles: "authed", input: () => undefined },
  "account.updateProfile": { roles: "authed", input: (f) => ({ name: f.unique("Renamed ") }) },
  "account.changePassword": {
    roles: "authed",
    input: (f) => ({ currentPassword: f.password, newPassword: f.unique("a-new-password-") }),
  },
  "account.invitation": {
    roles: "public",
    input: async (f) => ({ token: (await f.newInvitation()).token }),
  },
  "account.acceptInvitation": {
    roles: "public",
    input: async (f) => ({
      token: (await f.newInvitation()).token,
      name: "New Colleague",
      password: "a-good-long-password",
    }),
  },
  "account.requestPasswordReset": {
    roles: "public",
    input: async (f) => ({ email: (await f.newUser()).email }),
  },
  "account.resetPassword": {
    roles: "public",
    input: async (f) => ({
      token: await f.newResetToken((await f.newUser()).email),
      password: "another-long-password",
    }),
  },
  "admin.createProject": {
    roles: "admin",
    input: (f) => ({
      acronym: f.unique("NEWPROJ-"),
      title: "A project created in the permission test",
      startDate: "2026-01-01",
      endDate: "2029-12-31",
      leadPartner: {
        name: "Region of Murcia",
        shortName: "Murcia",
        country: "ES",
        nutsCode: "ES62",
        regionName: "Región de Murcia",
        type: "regional_authority",
      },
      leadCoordinatorEmail: `${f.unique("coordinator")}@example.org`,
    }),
  },
  "admin.users": { roles: "admin", input: () => undefined },
  "admin.setUserActive": {
    roles: "admin",
    input: async (f) => ({ userId: (await f.newUser()).id, active: false }),
  },
  "admin.outbox": { roles: "admin", input: () => ({ limit: 10 }) },
  "audit.list": { roles: [...LEAD_ROLES], input: (f) => ({ projectId: f.projectA.id }) },
  "audit.facets": { roles: [...LEAD_ROLES], input: (f) => ({ projectId: f.projectA.id }) },
  "members.list": { roles: [...LEAD_ROLES], input: (f) => ({ projectId: f.projectA.id }) },
  "members.invite": {
    roles: [...LEAD_ROLES],
    input: (f) => ({
      projectId: f.projectA.id,
      email: `${f.unique("invited")}@example.org`,
      role: "partner_viewer",
      partnerId: f.partnersA.se,
    }),
  },
  "members.resendInvitation": {
    roles: [...LEAD_ROLES],
    input: async (f) => ({ projectId: f.projectA.id, invitationId: (await f.newInvitation()).id }),
  },
  "members.revokeInvitation": {
    roles: [...LEAD_ROLES],
    input: async (f) => ({ projectId: f.projectA.id, invitationId: (await f.newInvitation()).id }),
  },
  "members.changeRole": {
    roles: [...LEAD_ROLES],
    input: async (f) => {
      const m = await f.newMember({ role: "partner_viewer" });
      return {
        projectId: f.projectA.id,
        membershipId: m.membershipId,
        role: "partner_editor",
        partnerId: f.partnersA.it,
        version: m.version,
      };
    },
  },
  "members.setActive": {
    roles: [...LEAD_ROLES],
    input: async (f) => {
      const m = await f.newMember({ role: "observer" });
      return {
        projectId: f.projectA.id,
        membershipId: m.membershipId,
        active: false,
        version: m.version,
      };
    },
  },
  "partners.list": { roles: [...READ_ROLES], input: (f) => ({ projectId: f.projectA.id }) },
  "partners.create": {
    roles: [...LEAD_ROLES],
    input: (f) => ({
      projectId: f.projectA.id,
      name: f.unique("University of Tartu "),
      shortName: "Tartu",
      country: "EE",
      nutsCode: "EE00",
      regionName: "Eesti",
      type: "university",
      role: "advisory",
    }),
  },
  "partners.update": {
    roles: [...LEAD_ROLES],
    input: async (f) => {
      const p = await f.newPartner();
      return {
        projectId: f.projectA.id,
        partnerId: p.id,
        version: p.version,
        name: `${p.name} (renamed)`,
        shortName: "Renamed",
        country: "FR",
        nutsCode: "FRK2",
        regionName: "Auvergne-Rhône-Alpes",
        type: "regional_authority",
        role: "partner",
      };
    },
  },
  "projects.mine": { roles: "authed", input: () => undefined },
  "projects.overview": { roles: [...READ_ROLES], input: (f) => ({ projectId: f.projectA.id }) },
  "projects.periods": { roles: [...READ_ROLES], input: (f) => ({ projectId: f.projectA.id }) },
  "projects.update": {
    roles: [...LEAD_ROLES],
    input: async (f) => {
      const p = await h.db
        .selectFrom("projects")
        .selectAll()
        .where("id", "=", f.projectA.id)
        .executeTakeFirstOrThrow();
      return {
        projectId: p.id,
        acronym: p.acronym,
        title: f.unique("Smart specialisation for MedTech, revision "),
        startDate: p.start_date,
        endDate: p.end_date,
        corePhaseEnd: p.core_phase_end,
        version: p.version,
      };
    },
  },
};

let docs: DocumentFixtures;
let learning: LearningFixtures;
Object.assign(
  MATRIX,
  documentEntries(() => docs),
  learningEntries(
    () => learning,
    () => docs,
  ),
);
Object.assign(
  MATRIX,
  workplanEntries(() => docs),
);
Object.assign(MATRIX, notificationEntries());
Object.assign(
  MATRIX,
  policyEntries(
    () => docs,
    () => learning,
  ),
);
Object.assign(
  MATRIX,
  improvementEntries(() => docs),
);
Object.assign(
  MATRIX,
  indicatorEntries(() => docs),
);
Object.assign(
  MATRIX,
  reportEntries(() => docs),
);
Object.assign(
  MATRIX,
  periodReportEntries(() => docs),
);

const CALLERS: readonly Who[] = [...READ_ROLES, "memberB", "deactivated", "anonymous"];

/** What each caller should get: the call succeeds ("ok") or fails with this code. */
function expected(access: Access, who: Who): string {
  if (access === "public") return "ok";
  if (who === "anonymous" || who === "deactivated") return "UNAUTHORIZED";
  if (access === "authed") return "ok";
  if (access === "admin") return who === "admin" ? "ok" : "FORBIDDEN";
  // A project procedure called with project A's id by someone who only belongs to project B.
  if (who === "memberB") return "NOT_FOUND";
  return access.includes(who) ? "ok" : "FORBIDDEN";
}

type Procedures = Record<string, { _def: { type: string } }>;
const procedures = appRouter._def.procedures as unknown as Procedures;

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
  docs = documentFixtures(h);
  learning = learningFixtures(h);
});
afterAll(async () => h?.close());

async function callAs(who: Who, path: string, input: unknown): Promise<unknown> {
  const caller =
    who === "anonymous"
      ? await h.callerFor(null)
      : who === "deactivated"
        ? await h.callerForSession(h.f.deactivatedSessionId)
        : await h.callerFor(h.f.users[who].id);
  const fn = path
    .split(".")
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  return (fn as (input: unknown) => Promise<unknown>)(input);
}

describe("permission matrix", () => {
  it("lists every procedure of the router, and nothing else", () => {
    const inRouter = Object.keys(procedures).sort();
    expect(inRouter.length).toBeGreaterThan(20);
    expect(Object.keys(MATRIX).sort()).toEqual(inRouter);
  });

  it("lets a partner viewer change nothing but its own account and notifications, and take part in discussions", () => {
    const mutationsOpenTo = (who: Role) =>
      Object.entries(MATRIX)
        .filter(([path]) => procedures[path]?._def.type === "mutation")
        .filter(([, e]) => Array.isArray(e.roles) && e.roles.includes(who))
        .map(([path]) => path)
        .sort();
    // Read-only: no record, event, document or figure; a comment in a discussion it reads.
    expect(mutationsOpenTo("partner_viewer")).toEqual([
      "deliverables.comments.add",
      "planComments.add",
    ]);
    // Observers (programme officers) record the programme's validation, nothing else.
    expect(mutationsOpenTo("observer")).toEqual([
      "goodPractices.validate",
      "improvements.validate",
    ]);
  });

  it.each(Object.keys(MATRIX))("%s", async (path) => {
    const entry = MATRIX[path];
    const type = procedures[path]?._def.type;
    if (!entry || !type) throw new Error(`${path} is missing from the matrix or the router`);
    const want: Record<string, string> = {};
    const got: Record<string, string> = {};
    for (const who of CALLERS) {
      want[who] = expected(entry.roles, who);
      const input = await entry.input(h.f);
      const before = await h.auditCount();
      let outcome = "ok";
      try {
        await callAs(who, path, input);
      } catch (err) {
        if (!(err instanceof TRPCError)) throw err;
        outcome = err.code;
      }
      const written = (await h.auditCount()) - before;
      // Every successful mutation leaves an audit entry; a refused one leaves none.
      if (type === "mutation" && outcome === "ok" && written < 1) outcome = "ok, but no audit row";
      if (outcome !== "ok" && written !== 0) outcome = `${outcome}, but an audit row was written`;
      got[who] = outcome;
    }
    expect(got).toEqual(want);
  });
});

/**
 * Generated input over every procedure: an allowed caller sends the matrix's valid input with
 * one leaf replaced by something hostile (text that cannot be stored, odd Unicode, huge or
 * negative numbers, the wrong type). Whatever comes back, it is never a server error: text
 * that cannot be stored is a field error (400), everything else is answered or refused.
 */
const UNSTORABLE = ["\u0000", "a\u0000b", "\ud800", "x\udfffy", "\udc00\ud800"];
const hostileText = fc.oneof(
  fc.constantFrom(...UNSTORABLE),
  fc.constantFrom(
    "",
    " ",
    "'; drop table projects; --",
    '=HYPERLINK("http://evil.example")',
    "../../etc/passwd",
    "\u202eevil",
    "💶".repeat(3000),
    "x".repeat(100_000),
    "00000000-0000-0000-0000-000000000000",
    "2026-02-30",
    "9999-12-31",
  ),
  fc.string({ unit: "binary", maxLength: 40 }),
);
const hostileOther = fc.constantFrom<unknown>(
  null,
  true,
  0,
  -1,
  0.5,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 53,
  1e308,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  [],
  {},
);

type Leaf = (string | number)[];
/** Paths to every leaf of an input (an empty path is the input itself). */
function leaves(value: unknown, at: Leaf = []): Leaf[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, [...at, i]));
  if (value && typeof value === "object" && !(value instanceof Date))
    return Object.entries(value).flatMap(([k, v]) => leaves(v, [...at, k]));
  return [at];
}
function replaced(value: unknown, at: Leaf, by: unknown): unknown {
  if (at.length === 0) return by;
  const [key, ...rest] = at as [string | number, ...Leaf];
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    unknown
  >;
  copy[key] = replaced(copy[key], rest, by);
  return copy;
}
const allowedCaller = (access: Access): Who =>
  access === "admin"
    ? "admin"
    : access === "public" || access === "authed" || access.includes("lead_coordinator")
      ? "lead_coordinator"
      : (access[0] as Who);

describe("generated input", () => {
  it.each(Object.keys(MATRIX))("%s answers hostile input without a server error", async (path) => {
    const entry = MATRIX[path];
    if (!entry) throw new Error(`${path} is missing from the matrix`);
    const who = allowedCaller(entry.roles);
    await fc.assert(
      fc.asyncProperty(
        fc.nat(),
        fc.oneof({ arbitrary: hostileText, weight: 3 }, { arbitrary: hostileOther, weight: 1 }),
        async (pick, by) => {
          const valid = await entry.input(h.f);
          const paths = leaves(valid);
          const at = paths[pick % paths.length] ?? [];
          let code = "ok";
          try {
            await callAs(who, path, replaced(valid, at, by));
          } catch (err) {
            code = err instanceof TRPCError ? err.code : `thrown ${String(err)}`;
          }
          expect(code).not.toBe("INTERNAL_SERVER_ERROR");
          expect(code).not.toMatch(/^thrown/);
          if (typeof by === "string" && UNSTORABLE.includes(by)) expect(code).toBe("BAD_REQUEST");
        },
      ),
      { numRuns: 6, seed: 20261207 },
    );
  });
});
