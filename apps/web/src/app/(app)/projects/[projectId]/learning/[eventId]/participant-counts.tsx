import type { RouterOutputs } from "@consortia/api/client";
import { COUNTRIES } from "@consortia/api/schemas";

type Counts = RouterOutputs["learningEvents"]["get"]["counts"];

/** How many came, from which partner and which country, and how many gained capacity. */
export function ParticipantCounts({ counts }: { counts: Counts }) {
  return (
    <div className="grid gap-4 text-sm sm:grid-cols-3">
      <dl className="grid grid-cols-2 gap-3 sm:col-span-3 sm:grid-cols-4">
        <div className="rounded-md bg-muted px-3 py-2">
          <dt className="text-xs text-muted-foreground">Participants</dt>
          <dd className="text-2xl font-semibold tabular-nums">{counts.total}</dd>
        </div>
        <div className="rounded-md bg-muted px-3 py-2">
          <dt className="text-xs text-muted-foreground">Increased capacity</dt>
          <dd className="text-2xl font-semibold tabular-nums">{counts.increasedCapacity}</dd>
        </div>
      </dl>
      <CountList
        title="By partner"
        rows={counts.byPartner.map((r) => ({
          key: r.partnerId ?? "none",
          label: r.partnerName ?? "No partner (guests)",
          count: r.count,
        }))}
      />
      <CountList
        title="By country"
        rows={[
          ...counts.byCountry.map((r) => ({
            key: r.country,
            label: COUNTRIES[r.country] ?? r.country,
            count: r.count,
          })),
          // Not a country: the guests who came with no partner and gave none.
          ...(counts.countryNotGiven > 0
            ? [{ key: "none", label: "Country not given", count: counts.countryNotGiven }]
            : []),
        ]}
      />
    </div>
  );
}

function CountList({
  title,
  rows,
}: {
  title: string;
  rows: { key: string; label: string; count: number }[];
}) {
  return (
    <section className="grid gap-1" aria-label={`Participants ${title.toLowerCase()}`}>
      <h3 className="font-medium">{title}</h3>
      {rows.length === 0 ? (
        <p className="text-muted-foreground">Nobody yet.</p>
      ) : (
        <ul className="grid gap-1">
          {rows.map((r) => (
            <li key={r.key} className="flex justify-between gap-2">
              <span className="break-words">{r.label}</span>
              <span className="font-medium tabular-nums">{r.count}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
