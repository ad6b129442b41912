import { describe, expect } from "vitest";
import { documentFixtures } from "../testing/document-fixtures";
import { it, test } from "../testing/fixture";
import { type Caller, clientShape, type Harness, trpcError } from "../testing/harness";
import { saveContribution } from "./contributions";
import { createSardinia } from "./test-records";

let projectId: string;
let sardinia: string;
let editor: Caller;
let otherEditor: Caller;
let viewer: Caller;
let observer: Caller;

test.beforeAll(async ({ h, outsider: lead }) => {
  projectId = h.f.projectB.id;
  sardinia = await createSardinia(lead, projectId);
  const member = async (role: "partner_editor" | "partner_viewer" | "observer", p?: string) =>
    h.callerFor(
      (await h.f.newMember({ projectId, role, partnerId: role === "observer" ? null : p })).id,
    );
  editor = await member("partner_editor", sardinia);
  otherEditor = await member("partner_editor", h.f.partnerB);
  viewer = await member("partner_viewer", sardinia);
  observer = await member("observer");
});

const ref = () => ({ projectId, partnerId: sardinia, periodNumber: 2 });
const text = (activities: string) => ({
  activities,
  stakeholderInvolvement: "The port stakeholder group met twice.",
  communication: "Press release on the study visit.",
  difficultiesDeviations: "",
});
const row = (h: Harness) =>
  h.db
    .selectFrom("report_contributions")
    .selectAll()
    .where("partner_id", "=", sardinia)
    .where("period_number", "=", 2)
    .executeTakeFirst();
const lastAudit = (h: Harness) =>
  h.db
    .selectFrom("audit_log")
    .select(["entity", "action", "actor_id", "data"])
    .orderBy("id", "desc")
    .executeTakeFirstOrThrow();
const statusOf = async (who: Caller) =>
  (await who.periodReports.contributions.list({ projectId, periodNumber: 2 })).partners.find(
    (p) => p.partnerId === sardinia,
  )?.status;

describe("a partner's contribution", () => {
  it("is written, submitted, returned and submitted again by the right people", async ({
    h,
    outsider: lead,
  }) => {
    expect(
      (await trpcError(otherEditor.periodReports.contributions.save({ ...ref(), ...text("x") })))
        .code,
    ).toBe("FORBIDDEN");
    expect(
      (await trpcError(viewer.periodReports.contributions.save({ ...ref(), ...text("x") }))).code,
    ).toBe("FORBIDDEN");
    expect(await row(h)).toBeUndefined();

    const first = await editor.periodReports.contributions.save({ ...ref(), ...text("") });
    expect(first).toMatchObject({ status: "draft", version: 1, activities: "" });
    expect(await lastAudit(h)).toMatchObject({ entity: "report_contribution", action: "create" });
    // Nothing to report yet: submitting asks for the activities, and changes nothing.
    const empty = await trpcError(
      editor.periodReports.contributions.submit({ ...ref(), version: 1 }),
    );
    expect(empty.cause).toMatchObject({ fieldErrors: { activities: [expect.any(String)] } });
    expect((await row(h))?.status).toBe("draft");

    // A draft is the partner's: the lead reads it, another partner and observers do not.
    expect((await lead.periodReports.contributions.get(ref())).contribution?.version).toBe(1);
    expect((await viewer.periodReports.contributions.get(ref())).can.edit).toBe(false);
    expect((await trpcError(otherEditor.periodReports.contributions.get(ref()))).code).toBe(
      "NOT_FOUND",
    );
    expect((await trpcError(observer.periodReports.contributions.get(ref()))).code).toBe(
      "NOT_FOUND",
    );
    expect(await statusOf(otherEditor)).toBe("draft");
    expect(await statusOf(observer)).toBeNull();

    const saved = await editor.periodReports.contributions.save({
      ...ref(),
      ...text("Hosted a study visit."),
      version: 1,
    });
    expect(
      (
        await trpcError(
          otherEditor.periodReports.contributions.submit({ ...ref(), version: saved.version }),
        )
      ).code,
    ).toBe("FORBIDDEN");
    const submitted = await editor.periodReports.contributions.submit({
      ...ref(),
      version: saved.version,
    });
    expect(submitted).toMatchObject({ status: "submitted", version: 3 });
    expect(submitted.submittedBy).not.toBeNull();
    expect(await lastAudit(h)).toMatchObject({ action: "submit", data: { from: "draft" } });

    // Submitted: frozen, and readable by the whole project, observers included.
    const frozen = await trpcError(
      editor.periodReports.contributions.save({ ...ref(), ...text("Changed"), version: 3 }),
    );
    expect(frozen.code).toBe("CONFLICT");
    expect((await observer.periodReports.contributions.get(ref())).contribution?.activities).toBe(
      "Hosted a study visit.",
    );
    expect(await statusOf(observer)).toBe("submitted");

    const ret = { ...ref(), version: 3 };
    expect(
      (await trpcError(editor.periodReports.contributions.return({ ...ret, comment: "No" }))).code,
    ).toBe("FORBIDDEN");
    expect(
      (await trpcError(observer.periodReports.contributions.return({ ...ret, comment: "No" })))
        .code,
    ).toBe("FORBIDDEN");
    const blank = await trpcError(
      lead.periodReports.contributions.return({ ...ret, comment: "   " }),
    );
    expect(blank.code).toBe("BAD_REQUEST");
    expect(clientShape(blank).data.fieldErrors).toEqual({
      comment: ["Say what the partner should change"],
    });
    expect((await row(h))?.status).toBe("submitted");

    const comment = "Please add the figures of the press release.";
    const returned = await lead.periodReports.contributions.return({ ...ret, comment });
    expect(returned).toMatchObject({ status: "returned", returnComment: comment, version: 4 });
    expect(await lastAudit(h)).toMatchObject({
      action: "return",
      actor_id: h.f.users.memberB.id,
      data: { comment },
    });
    expect((await trpcError(observer.periodReports.contributions.get(ref()))).code).toBe(
      "NOT_FOUND",
    );
    expect(await statusOf(observer)).toBeNull();

    const again = await editor.periodReports.contributions.save({
      ...ref(),
      ...text("Hosted a study visit; 1,200 readers."),
      version: 4,
    });
    const resubmitted = await editor.periodReports.contributions.submit({
      ...ref(),
      version: again.version,
    });
    expect(resubmitted).toMatchObject({ status: "submitted", returnComment: comment });
    expect(await lastAudit(h)).toMatchObject({ action: "submit", data: { from: "returned" } });
  });

  it("refuses a save based on an old version, keeping the newer text", async ({
    outsider: lead,
  }) => {
    const r = { ...ref(), periodNumber: 1 };
    const v1 = await editor.periodReports.contributions.save({ ...r, ...text("First") });
    const again = await trpcError(
      editor.periodReports.contributions.save({ ...r, ...text("Twice") }),
    );
    expect(again.code).toBe("CONFLICT");
    await lead.periodReports.contributions.save({
      ...r,
      ...text("The lead's edit"),
      version: v1.version,
    });
    const stale = await trpcError(
      editor.periodReports.contributions.save({ ...r, ...text("Mine"), version: v1.version }),
    );
    expect(stale.code).toBe("CONFLICT");
    const staleSubmit = await trpcError(
      editor.periodReports.contributions.submit({ ...r, version: v1.version }),
    );
    expect(staleSubmit.code).toBe("CONFLICT");
    expect((await lead.periodReports.contributions.get(r)).contribution).toMatchObject({
      activities: "The lead's edit",
      version: 2,
      status: "draft",
    });
  });

  it("answers bad input with field errors and writes nothing", async ({ h, outsider: lead }) => {
    const before = await h.auditCount();
    const long = await trpcError(
      editor.periodReports.contributions.save({
        ...ref(),
        periodNumber: 3,
        ...text("a".repeat(20_001)),
      }),
    );
    expect(long.code).toBe("BAD_REQUEST");
    expect(clientShape(long).data.fieldErrors).toEqual({
      activities: ["At most 20000 characters"],
    });
    const unknown = await trpcError(
      lead.periodReports.contributions.save({
        ...ref(),
        partnerId: h.f.partnersA.se,
        ...text("x"),
      }),
    );
    expect(unknown.cause).toMatchObject({ fieldErrors: { partnerId: [expect.any(String)] } });
    const outside = await trpcError(
      lead.periodReports.contributions.list({ projectId, periodNumber: 9 }),
    );
    expect(outside.cause).toMatchObject({
      fieldErrors: { periodNumber: ["The project's reporting periods are 1 to 8"] },
    });
    // Nobody reports on a period ahead of time (period 2 begins on 2025-07-01).
    const ctx = await documentFixtures(h).projectCtxFor(h.f.users.memberB.id, projectId);
    await expect(
      saveContribution(ctx, { ...ref(), ...text("x") }, new Date("2025-06-30T12:00:00Z")),
    ).rejects.toMatchObject({ fieldErrors: { periodNumber: ["Period 2 begins on 2025-07-01"] } });
    expect(await h.auditCount()).toBe(before);
    expect(
      await h.db
        .selectFrom("report_contributions")
        .select("id")
        .where("project_id", "=", projectId)
        .where("period_number", "=", 3)
        .execute(),
    ).toEqual([]);
  });
});
