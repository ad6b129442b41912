import { describe, expect } from "vitest";
import { it } from "../testing/fixture";
import { clientShape, type Harness, tokenFromMail, trpcError } from "../testing/harness";

const newProject = (acronym: string, leadCoordinatorEmail: string) => ({
  acronym,
  title: "Rural heritage as a driver of regional development",
  startDate: "2026-04-01",
  endDate: "2030-03-31",
  corePhaseEnd: "2029-03-31",
  leadPartner: {
    name: "Regional Council of Lapland",
    shortName: "Lapland",
    country: "FI",
    nutsCode: "FI1D",
    regionName: "Pohjois- ja Itä-Suomi",
    type: "regional_authority" as const,
    website: "https://www.lapinliitto.fi",
  },
  leadCoordinatorEmail,
});

const countRows = async (
  h: Harness,
  table: "projects" | "partners" | "invitations" | "mail_outbox",
) =>
  (
    await h.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow()
  ).n;

describe("admin.createProject", () => {
  it("creates the project with its lead partner and invites the lead coordinator", async ({
    admin,
    h,
  }) => {
    const project = await admin.admin.createProject(newProject("HERITAGE", "Sami.K@Example.org"));
    expect(project).toMatchObject({ acronym: "HERITAGE", corePhaseEnd: "2029-03-31" });
    const partners = await h.db
      .selectFrom("partners")
      .selectAll()
      .where("project_id", "=", project.id)
      .execute();
    expect(partners).toHaveLength(1);
    expect(partners[0]).toMatchObject({ role: "lead", country: "FI", nuts_code: "FI1D" });

    const [mail] = await h.mailsTo("sami.k@example.org");
    expect(mail?.subject).toBe("Ada Admin invited you to HERITAGE on Consortia");
    const token = tokenFromMail(mail?.text_body ?? "", "invite");
    const anon = await h.callerFor(null);
    await anon.account.acceptInvitation({ token, name: "Sami K", password: "lapland-password" });

    const sami = await h.db
      .selectFrom("users")
      .select("id")
      .where("email", "=", "sami.k@example.org")
      .executeTakeFirstOrThrow();
    const samiCaller = await h.callerFor(sami.id);
    const overview = await samiCaller.projects.overview({ projectId: project.id });
    expect(overview).toMatchObject({ myRole: "lead_coordinator", myPartnerId: partners[0]?.id });
    const audit = await h.db
      .selectFrom("audit_log")
      .select(["entity", "action"])
      .where("project_id", "=", project.id)
      .orderBy("id")
      .execute();
    expect(audit).toEqual([
      { entity: "project", action: "create" },
      { entity: "indicator", action: "create_catalogue" },
      { entity: "invitation", action: "accept" },
    ]);
  });

  it("refuses a taken acronym in any case and leaves no trace", async ({ admin, h }) => {
    const before = await Promise.all(
      (["projects", "partners", "invitations", "mail_outbox"] as const).map((t) => countRows(h, t)),
    );
    const err = await trpcError(
      admin.admin.createProject(newProject("medtech-s3", "x@example.org")),
    );
    expect(err.code).toBe("CONFLICT");
    const after = await Promise.all(
      (["projects", "partners", "invitations", "mail_outbox"] as const).map((t) => countRows(h, t)),
    );
    expect(after).toEqual(before);
  });

  it("validates dates and the lead partner's NUTS code shape", async ({ admin }) => {
    const bad = newProject("BAD-DATES", "y@example.org");
    const err = await trpcError(admin.admin.createProject({ ...bad, endDate: "2026-01-01" }));
    expect(err.code).toBe("BAD_REQUEST");
    expect(clientShape(err).data.fieldErrors).toHaveProperty("endDate");
  });
});

describe("accounts", () => {
  it("deactivating an account ends its sessions at once; reactivating needs a new sign-in", async ({
    admin,
    h,
  }) => {
    const m = await h.f.newMember({ role: "partner_viewer" });
    const session = await h.sessionFor(m.id);
    await (await h.callerForSession(session)).account.me();
    const row = await admin.admin.setUserActive({ userId: m.id, active: false });
    expect(row).toMatchObject({ id: m.id, isActive: false });
    expect((await trpcError((await h.callerForSession(session)).account.me())).code).toBe(
      "UNAUTHORIZED",
    );
    await admin.admin.setUserActive({ userId: m.id, active: true });
    expect((await trpcError((await h.callerForSession(session)).account.me())).code).toBe(
      "UNAUTHORIZED",
    );
    await expect((await h.callerFor(m.id)).account.me()).resolves.toMatchObject({ id: m.id });
  });

  it("an administrator cannot deactivate themself; an unknown user is not found", async ({
    admin,
    h,
  }) => {
    const self = await trpcError(
      admin.admin.setUserActive({ userId: h.f.users.admin.id, active: false }),
    );
    expect(self.code).toBe("CONFLICT");
    const unknown = await trpcError(
      admin.admin.setUserActive({ userId: "00000000-0000-4000-8000-000000000000", active: false }),
    );
    expect(unknown.code).toBe("NOT_FOUND");
  });

  it("lists users with the number of projects they are active in", async ({ admin, h }) => {
    const users = await admin.admin.users();
    const byEmail = new Map(users.map((u) => [u.email, u]));
    expect(byEmail.get(h.f.users.lead_coordinator.email)?.projectCount).toBe(1);
    expect(byEmail.get(h.f.users.admin.email)).toMatchObject({ isAdmin: true, projectCount: 0 });
    expect(byEmail.get(h.f.users.deactivated.email)?.isActive).toBe(false);
  });

  it("shows the outbox, newest first, limited", async ({ admin, h }) => {
    await h.f.newResetToken(h.f.users.observer.email);
    const outbox = await admin.admin.outbox({ limit: 1 });
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({
      toAddress: h.f.users.observer.email,
      transport: "outbox",
      sentAt: null,
    });
  });
});
