/** PostgreSQL's unique_violation: a concurrent insert won the race for the same key. */
export function isUniqueViolation(err: unknown): boolean {
  return (err as { code?: unknown } | null)?.code === "23505";
}
