export const PAGE_SIZE = 50;

export type AuditFilterValues = { person: string; entity: string; from: string; to: string };

const ENTITY_LABELS: Record<string, string> = {
  project: "Project",
  partner: "Partner",
  membership: "Membership",
  invitation: "Invitation",
  user: "Account",
};

export function entityLabel(entity: string): string {
  return ENTITY_LABELS[entity] ?? entity.charAt(0).toUpperCase() + entity.slice(1);
}

/** Actions are stored as snake_case verbs ("change_role"); show them as words. */
export function actionLabel(action: string): string {
  const words = action.replaceAll("_", " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}
