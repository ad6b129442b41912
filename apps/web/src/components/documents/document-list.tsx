import { TitleLink } from "@/components/text-link";
import { Button } from "@/components/ui/button";
import { DOCUMENT_CATEGORY_LABELS, formatBytes } from "@/lib/labels";
import { documentUrl } from "@/lib/urls";

/** A library document as records list it: enough to recognise it and open its page. */
export type ListedDocument = {
  id: string;
  title: string;
  fileName: string;
  size: number;
  category: string;
};

/**
 * Documents from the library attached to a record, each linking to its page in the library,
 * with a "Detach" button where the person may change the record.
 */
export function DocumentList({
  projectId,
  documents,
  label,
  empty,
  onDetach,
  busy = false,
}: {
  projectId: string;
  documents: ListedDocument[];
  /** The list's accessible name. */
  label?: string;
  /** What an empty list says. */
  empty: string;
  /** Absent where the person may not detach. */
  onDetach?: ((doc: ListedDocument) => void) | undefined;
  busy?: boolean;
}) {
  if (documents.length === 0) return <p className="text-sm text-muted-foreground">{empty}</p>;
  return (
    <ul aria-label={label} className="divide-y text-sm">
      {documents.map((d) => (
        <li key={d.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
          <div className="min-w-0">
            <TitleLink href={documentUrl(projectId, d.id)}>{d.title}</TitleLink>
            <p className="text-xs text-muted-foreground [overflow-wrap:anywhere]">
              {DOCUMENT_CATEGORY_LABELS[d.category] ?? d.category} · {d.fileName} ·{" "}
              {formatBytes(d.size)}
            </p>
          </div>
          {onDetach && (
            <Button
              type="button"
              variant="ghost"
              size="sm"
              disabled={busy}
              onClick={() => onDetach(d)}
            >
              Detach<span className="sr-only"> {d.title}</span>
            </Button>
          )}
        </li>
      ))}
    </ul>
  );
}
