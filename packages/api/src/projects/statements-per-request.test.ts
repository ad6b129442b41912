import { expect } from "vitest";
import { createRequestContext } from "../context";
import { createCaller } from "../root";
import type { RecordFactories } from "../testing/factories";
import { it } from "../testing/fixture";
import type { Harness } from "../testing/harness";
import { StatementCounter } from "../testing/statement-counter";

/**
 * The main reads of a project, as the pages call them. Each is one request of its own: a
 * fresh request context (no session read yet), as the tRPC route creates it.
 */
const READS = {
  "projects.overview": (c: Caller, projectId: string) => c.projects.overview({ projectId }),
  "documents.list": (c: Caller, projectId: string) => c.documents.list({ projectId }),
  "desk.summary": (c: Caller, projectId: string) => c.desk.summary({ projectId }),
  "desk.learning": (c: Caller, projectId: string) => c.desk.learning({ projectId }),
  "moneyDesk.overview": (c: Caller, projectId: string) => c.moneyDesk.overview({ projectId }),
  "moneyDesk.summary": (c: Caller, projectId: string) => c.moneyDesk.summary({ projectId }),
  "workPackages.list": (c: Caller, projectId: string) => c.workPackages.list({ projectId }),
  "activities.list": (c: Caller, projectId: string) => c.activities.list({ projectId }),
  "deliverables.list": (c: Caller, projectId: string) => c.deliverables.list({ projectId }),
  "partners.list": (c: Caller, projectId: string) => c.partners.list({ projectId }),
  "members.list": (c: Caller, projectId: string) => c.members.list({ projectId }),
} as const;

type Caller = ReturnType<typeof createCaller>;

async function statementsPerRead(h: Harness, userId: string, projectId: string) {
  const sessionId = await h.sessionFor(userId);
  const counts: Record<string, number> = {};
  for (const [name, read] of Object.entries(READS)) {
    const counter = new StatementCounter();
    const deps = { ...h.deps, db: h.db.withPlugin(counter) };
    const ctx = createRequestContext(deps, {
      sessionId,
      requestId: `statements-${name}`,
      clientAddress: "127.0.0.1",
    });
    await read(createCaller(ctx), projectId);
    counts[name] = counter.count;
  }
  return counts;
}

/** One of each record (a read may skip a statement when its list is empty). */
async function addRecords(h: Harness, { docs, workplan, learning }: RecordFactories, n: number) {
  for (let i = 0; i < n; i++) {
    const partner = await h.f.newPartner();
    await h.f.newMember({ role: "partner_editor", partnerId: partner.id });
    await h.f.newMember({ role: "partner_viewer", partnerId: h.f.partnersA.se });
    await h.f.newInvitation({ role: "partner_viewer", partnerId: partner.id });
    await docs.newDocument({ ownerPartnerId: partner.id });
    await docs.newDocument({ visibility: "partner", ownerPartnerId: h.f.partnersA.se });
    const wp = await workplan.newWorkPackage();
    await workplan.newActivity({ workPackageId: wp.id });
    await workplan.newDeliverable({ responsiblePartnerId: partner.id });
    await workplan.newDeliverable({ status: "submitted" });
    await learning.newEvent();
    await learning.newPractice({ status: "validated" });
  }
}

// Generous: building the larger partnership goes through the real services (argon2 included).
it("sends as many statements for a large partnership as for a small one, and few", {
  timeout: 240_000,
}, async ({ h, factories, projectId }) => {
  const lead = h.f.users.lead_coordinator.id;
  await addRecords(h, factories, 1);
  const small = await statementsPerRead(h, lead, projectId);
  await addRecords(h, factories, 3);
  const large = await statementsPerRead(h, lead, projectId);
  console.info("statements per request (lead coordinator):", small);

  expect(large).toEqual(small);
  // The session and the membership in one statement, the overview in one more.
  expect(small["projects.overview"]).toBe(2);
  for (const [name, n] of Object.entries(small)) expect.soft(n, name).toBeLessThanOrEqual(8);
});
