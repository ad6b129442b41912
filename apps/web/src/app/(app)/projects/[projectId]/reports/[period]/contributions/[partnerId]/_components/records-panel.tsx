import { TextLink } from "@/components/text-link";
import { Button } from "@/components/ui/button";
import { formatDate } from "@/lib/labels";
import { recordGroups } from "./record-groups";
import type { Records } from "./types";

/**
 * The partner's records of the period, computed live: what the narrative is written from.
 * Each links to the record; the editor may append them to the activities as a bullet list.
 */
export function RecordsPanel({
  records,
  onInsert,
}: {
  records: Records;
  onInsert: (() => void) | null;
}) {
  const groups = recordGroups(records);
  const total = groups.reduce((n, g) => n + g.items.length, 0);
  return (
    <section aria-labelledby="records-heading" className="grid min-w-0 content-start gap-4">
      <div className="grid gap-1">
        <h2 id="records-heading" className="text-lg font-semibold">
          Records of the period
        </h2>
        <p className="text-sm text-muted-foreground">
          What the platform holds for this partner in the period, as a reference for the narrative.
        </p>
      </div>
      {total === 0 ? (
        <p className="text-sm text-muted-foreground">No records of this partner in the period.</p>
      ) : (
        <>
          {onInsert && (
            <Button
              type="button"
              variant="outline"
              className="justify-self-start"
              onClick={onInsert}
            >
              Insert into activities
            </Button>
          )}
          {groups
            .filter((g) => g.items.length > 0)
            .map((g) => (
              <div key={g.key} className="grid min-w-0 gap-1">
                <h3 className="text-sm font-medium">
                  {g.label} ({g.items.length})
                </h3>
                <ul className="grid gap-1 text-sm">
                  {g.items.map((item) => (
                    <li key={item.id} className="min-w-0 break-words">
                      <TextLink href={item.href}>{item.title}</TextLink>{" "}
                      <span className="text-muted-foreground">{formatDate(item.date)}</span>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
        </>
      )}
    </section>
  );
}
