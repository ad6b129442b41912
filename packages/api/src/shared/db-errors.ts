import { DomainError } from "../errors";

/** PostgreSQL's unique_violation: a concurrent insert won the race for the same key. */
export function isUniqueViolation(err: unknown): boolean {
  return (err as { code?: unknown } | null)?.code === "23505";
}

/**
 * Runs a write whose key a sequential check has just found free; when a concurrent save takes
 * the key first, the database's unique index answers, and the caller gets `taken()` — the same
 * error the sequential check gives — instead of a failure.
 */
export async function orTaken<T>(run: () => Promise<T>, taken: () => DomainError): Promise<T> {
  try {
    return await run();
  } catch (err) {
    throw isUniqueViolation(err) ? taken() : err;
  }
}

/** The field each unique index guards, for a violation no service turned into its own error. */
const FIELDS: Record<string, string> = {
  projects_acronym_key: "acronym",
  partners_project_name: "name",
  partners_one_lead: "role",
  users_email_key: "email",
  memberships_user_project: "email",
  folders_unique_name: "name",
  work_packages_number: "number",
  deliverables_code: "code",
  indicators_code: "code",
  indicators_computed_key: "computedKey",
  policy_instruments_one_main: "isMain",
  action_plans_one_per_instrument: "policyInstrumentId",
  good_practice_interests_partner: "partnerId",
  attachments_unique: "documentIds",
};

/**
 * The last guard, in the base procedure and the file routes' error answer: any unique
 * violation is a 409 conflict (with the field it concerns, where known), never a 500.
 */
export function uniqueConflict(err: unknown): DomainError | null {
  if (!isUniqueViolation(err)) return null;
  const constraint = (err as { constraint?: unknown }).constraint;
  const field = typeof constraint === "string" ? FIELDS[constraint] : undefined;
  const message = "Someone saved the same thing at the same moment. Reload to see it.";
  return new DomainError("CONFLICT", message, field ? { [field]: [message] } : undefined);
}
