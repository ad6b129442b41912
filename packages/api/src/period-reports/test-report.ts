import { bytesUpload, uploadDocument } from "../documents/upload";
import { documentFixtures } from "../testing/document-fixtures";
import type { Harness } from "../testing/harness";
import { buildRecords } from "./test-records";

/**
 * The records of reports/test-records (project B, period 1 is 2025's first half) plus what
 * a consolidated report reads besides: Sardegna's submitted contribution, Crete's draft, and
 * a Sardegna-private document as evidence of D1.1; with callers for the lead coordinator, a
 * Sardegna editor and an observer.
 */
export async function buildReport(h: Harness) {
  const records = await buildRecords(h);
  const { projectId, lead } = records;
  const { sardinia } = records.partners;
  const member = async (role: "partner_editor" | "observer", partnerId: string | null) =>
    h.callerFor((await h.f.newMember({ projectId, role, partnerId })).id);
  const sardEditor = await member("partner_editor", sardinia);
  const observer = await member("observer", null);
  const wpId = (
    await h.db
      .selectFrom("work_packages")
      .select("id")
      .where("project_id", "=", projectId)
      .executeTakeFirstOrThrow()
  ).id;
  const narrative = {
    activities: "Hosted the port study visit.",
    stakeholderInvolvement: "Port authority joined.",
    communication: "Two press releases.",
    difficultiesDeviations: "",
  };
  const c = await sardEditor.periodReports.contributions.save({
    projectId,
    partnerId: sardinia,
    periodNumber: 1,
    ...narrative,
  });
  await sardEditor.periodReports.contributions.submit({
    projectId,
    partnerId: sardinia,
    periodNumber: 1,
    version: c.version,
  });
  await lead.periodReports.contributions.save({
    projectId,
    partnerId: records.partners.crete,
    periodNumber: 1,
    ...narrative,
    activities: "Crete's unfinished draft",
  });
  const ctx = await documentFixtures(h).projectCtxFor(h.f.users.memberB.id, projectId);
  const privateDoc = (
    await uploadDocument(
      ctx,
      {
        title: "Sardegna internal minutes",
        description: "",
        category: "deliverable",
        language: "it",
        tags: [],
        visibility: "partner",
        folderId: null,
        ownerPartnerId: sardinia,
      },
      bytesUpload("minutes.txt", "Internal"),
    )
  ).id;
  const d11 = await h.db
    .selectFrom("deliverables")
    .select("id")
    .where("project_id", "=", projectId)
    .where("code", "=", "D1.1")
    .executeTakeFirstOrThrow();
  await h.db
    .insertInto("attachments")
    .values({
      project_id: projectId,
      document_id: privateDoc,
      entity: "deliverable",
      entity_id: d11.id,
      created_by: h.f.users.memberB.id,
    })
    .execute();
  return { records, projectId, lead, sardEditor, observer, wpId, privateDoc, ctx };
}
