import { TextLink } from "@/components/text-link";
import type { ReportDocument } from "./types";

/** Evidence documents as links into the library (only those the reader may see are listed). */
export function EvidenceLinks({
  projectId,
  documents,
}: {
  projectId: string;
  documents: ReportDocument[];
}) {
  if (documents.length === 0) return <span className="text-muted-foreground">No evidence</span>;
  return (
    <ul className="grid gap-0.5">
      {documents.map((d) => (
        <li key={d.id} className="break-words">
          <TextLink href={`/projects/${projectId}/documents/${d.id}`}>{d.title}</TextLink>
        </li>
      ))}
    </ul>
  );
}
