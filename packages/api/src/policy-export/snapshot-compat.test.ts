import { parseOfficeAsync } from "officeparser";
import { describe, expect } from "vitest";
import { documentFixtures } from "../testing/document-fixtures";
import { it } from "../testing/fixture";
import { policyFixtures } from "../testing/policy-fixtures";
import { handleActionPlanExport } from "./http";

/**
 * The snapshot the policy module stores on submission is the one this export reads: a plan
 * submitted through the real workflow exports from its snapshot with its actions.
 */
describe("snapshots written by the action-plan workflow", () => {
  it("export with the plan's own actions", async ({ h }) => {
    const policy = policyFixtures(h.f, documentFixtures(h));
    const plan = await policy.newPlan({ status: "in_review", actions: 2 });
    const titles = await h.db
      .selectFrom("actions")
      .select("title")
      .where("action_plan_id", "=", plan.id)
      .orderBy("position")
      .execute();
    expect(titles).toHaveLength(2);
    const projectId = h.f.projectA.id;
    const res = await handleActionPlanExport(
      await h.contextFor(await h.sessionFor(h.f.users.lead_coordinator.id)),
      projectId,
      plan.id,
      new Request(
        `http://consortia.test/api/projects/${projectId}/action-plans/${plan.id}/export?format=docx&snapshot=1`,
      ),
    );
    expect(res.status).toBe(200);
    const text = await parseOfficeAsync(Buffer.from(await res.arrayBuffer()), {
      outputErrorToConsole: false,
    });
    expect(text).toContain("Snapshot 1 (submitted");
    titles.forEach(({ title }, i) => {
      expect(text).toContain(`Action ${i + 1}: ${title}`);
    });
  });
});
