/** Where a project stands today: its phase and, while it runs, the six-month reporting period. */
export function projectPhase(
  p: { start_date: string; end_date: string; core_phase_end?: string | null },
  today: string = new Date().toISOString().slice(0, 10),
): { label: string; period: number | null } {
  if (today < p.start_date) return { label: "Not started", period: null };
  if (today > p.end_date) return { label: "Closed", period: null };
  const phase = !p.core_phase_end
    ? "In progress"
    : today <= p.core_phase_end
      ? "Core phase"
      : "Follow-up phase";
  return { label: phase, period: Math.floor(monthsBetween(p.start_date, today) / 6) + 1 };
}

/** Whole months from one ISO date to a later one. */
function monthsBetween(from: string, to: string): number {
  const [y1, m1, d1] = from.split("-").map(Number) as [number, number, number];
  const [y2, m2, d2] = to.split("-").map(Number) as [number, number, number];
  return (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
}
