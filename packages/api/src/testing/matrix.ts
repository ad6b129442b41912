import { checklistEntries } from "../control/checklists.matrix";
import { controlEntries } from "../control/control.matrix";
import { documentEntries } from "../documents/permissions.matrix";
import { budgetEntries } from "../finance/budget.matrix";
import { correctionEntries } from "../finance/corrections.matrix";
import { expenditureEntries } from "../finance/expenditure.matrix";
import { financialReportEntries } from "../finance/financial-reports.matrix";
import { moneyDeskEntries } from "../finance/money-desk.matrix";
import { improvementEntries } from "../improvements/permissions.matrix";
import { indicatorEntries } from "../indicators/permissions.matrix";
import { learningEntries } from "../learning/permissions.matrix";
import { notificationEntries } from "../notifications/permissions.matrix";
import { paymentEntries } from "../payments/payments.matrix";
import { reportEntries } from "../period-reports/contribution-permissions.matrix";
import { periodReportEntries } from "../period-reports/permissions.matrix";
import { policyEntries } from "../policy/permissions.matrix";
import { LEAD_ROLES, READ_ROLES, type Role } from "../shared/roles";
import { workplanEntries } from "../workplan/permissions.matrix";
import type { DocumentFixtures } from "./document-fixtures";
import { test } from "./fixture";
import type { Fixtures, Harness, Who } from "./harness";
import type { LearningFixtures } from "./learning-fixtures";

/*
 * The permission matrix (src/permissions.test.ts walks it): for every procedure of the router,
 * the roles that may call it and a valid input. Kept here so other tests (generated inputs, for
 * one) can reuse the same entries.
 */

export type Access = Role[] | "public" | "authed" | "admin";

export type MatrixEntry = {
  roles: Access;
  input: (f: Fixtures) => unknown;
  /** Callers refused otherwise than `expected` says (a record they may not see: NOT_FOUND). */
  refuse?: Partial<Record<Who, string>>;
};

/** Where the matrix's inputs come from: the file's harness and record factories, once made. */
export type MatrixSource = {
  h: () => Harness;
  docs: () => DocumentFixtures;
  learning: () => LearningFixtures;
};

/**
 * The matrix for a test file: its inputs come from the file's harness and record factories,
 * which the fixture makes before the file's first test.
 */
export function fileMatrix(): Record<string, MatrixEntry> {
  let harness: Harness;
  let docs: DocumentFixtures;
  let learning: LearningFixtures;
  test.beforeAll(({ h, docs: d, learning: l }) => {
    harness = h;
    docs = d;
    learning = l;
  });
  return permissionMatrix({ h: () => harness, docs: () => docs, learning: () => learning });
}

/**
 * Who may call what. Every procedure of the router must be listed; the inputs are valid, so an
 * allowed caller's call must succeed (a factory in `f` makes a fresh object for each call).
 * The inputs are made when a test asks for them, from `source`.
 */
export function permissionMatrix(source: MatrixSource): Record<string, MatrixEntry> {
  const { h } = source;
  const docs = () => source.docs();
  const learning = () => source.learning();
  const MATRIX: Record<string, MatrixEntry> = {
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
      input: async (f) => ({
        projectId: f.projectA.id,
        invitationId: (await f.newInvitation()).id,
      }),
    },
    "members.revokeInvitation": {
      roles: [...LEAD_ROLES],
      input: async (f) => ({
        projectId: f.projectA.id,
        invitationId: (await f.newInvitation()).id,
      }),
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
        const p = await h()
          .db.selectFrom("projects")
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

  Object.assign(MATRIX, documentEntries(docs), learningEntries(learning, docs));
  Object.assign(MATRIX, workplanEntries(docs));
  Object.assign(MATRIX, notificationEntries());
  Object.assign(MATRIX, policyEntries(docs, learning));
  Object.assign(MATRIX, improvementEntries(docs));
  Object.assign(MATRIX, indicatorEntries(docs));
  Object.assign(MATRIX, reportEntries(docs));
  Object.assign(MATRIX, periodReportEntries(docs, h));
  Object.assign(MATRIX, budgetEntries(docs));
  Object.assign(MATRIX, financialReportEntries(h));
  Object.assign(MATRIX, moneyDeskEntries());
  Object.assign(MATRIX, paymentEntries(h));
  Object.assign(MATRIX, correctionEntries(h));
  Object.assign(MATRIX, expenditureEntries(docs));
  Object.assign(MATRIX, checklistEntries(h));
  Object.assign(MATRIX, controlEntries(h));
  return MATRIX;
}

/** Every kind of caller the matrix tries. */
export const CALLERS: readonly Who[] = [...READ_ROLES, "memberB", "deactivated", "anonymous"];

/** What each caller should get: the call succeeds ("ok") or fails with this code. */
export function expected(access: Access, who: Who): string {
  if (access === "public") return "ok";
  if (who === "anonymous" || who === "deactivated") return "UNAUTHORIZED";
  if (access === "authed") return "ok";
  if (access === "admin") return who === "admin" ? "ok" : "FORBIDDEN";
  // A project procedure called with project A's id by someone who only belongs to project B.
  if (who === "memberB") return "NOT_FOUND";
  return access.includes(who) ? "ok" : "FORBIDDEN";
}

/** Calls a procedure by its path as one kind of caller. */
export async function callAs(h: Harness, who: Who, path: string, input: unknown): Promise<unknown> {
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
