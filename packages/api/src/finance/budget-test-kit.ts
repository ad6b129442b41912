import type { Caller, Harness } from "../testing/harness";

/**
 * A project of its own for a budget test (approval locks a budget for good, so tests do not
 * share one): created by the platform administrator, who acts as its lead coordinator; eight
 * reporting periods from 2025-01-01, one partner (the lead partner).
 */
export async function budgetProject(h: Harness, admin: Caller) {
  const project = await admin.admin.createProject({
    acronym: h.f.unique("BUDGET-"),
    title: "A project whose budget a test plans",
    startDate: "2025-01-01",
    endDate: "2028-12-31",
    leadPartner: {
      name: "Region of Västra Götaland",
      shortName: "VGR",
      country: "SE",
      nutsCode: "SE23",
      regionName: "Västsverige",
      type: "regional_authority",
    },
    leadCoordinatorEmail: `${h.f.unique("budget-lead")}@example.org`,
  });
  const partner = await h.db
    .selectFrom("partners")
    .select("id")
    .where("project_id", "=", project.id)
    .executeTakeFirstOrThrow();
  return { projectId: project.id, partnerId: partner.id };
}

/** The rows of the project's budget lines (what a refused change must leave untouched). */
export const storedLines = (h: Harness, projectId: string) =>
  h.db
    .selectFrom("budget_lines")
    .innerJoin("budget_versions", "budget_versions.id", "budget_lines.budget_version_id")
    .select(["partner_id", "category", "period_number", "amount_cents", "budget_versions.status"])
    .where("budget_versions.project_id", "=", projectId)
    .orderBy("category")
    .orderBy("period_number")
    .execute();
