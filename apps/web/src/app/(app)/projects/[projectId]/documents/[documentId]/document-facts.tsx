import { LANGUAGES } from "@consortia/api/schemas";
import Link from "next/link";
import { DateTime } from "@/components/date-time";
import { Badge } from "@/components/ui/badge";
import {
  DOCUMENT_CATEGORY_LABELS,
  DOCUMENT_VISIBILITY_HINTS,
  DOCUMENT_VISIBILITY_LABELS,
  documentTypeLabel,
  formatBytes,
} from "@/lib/labels";
import { libraryUrl } from "@/lib/urls";
import { Checksum } from "../_shared/checksum";
import type { DocumentDetail } from "../_shared/server-data";

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid min-w-0 content-start gap-0.5">
      <dt className="text-muted-foreground">{label}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </div>
  );
}

const none = (text: string) => <span className="text-muted-foreground">{text}</span>;

/** What is known about a document, as saved. */
export function DocumentFacts({ projectId, doc }: { projectId: string; doc: DocumentDetail }) {
  const folder = doc.path.at(-1);
  return (
    <dl className="grid gap-4 text-sm sm:grid-cols-2">
      <Fact label="Category">{DOCUMENT_CATEGORY_LABELS[doc.category] ?? doc.category}</Fact>
      <Fact label="Owning partner">{doc.ownerPartnerName}</Fact>
      <div className="grid min-w-0 content-start gap-0.5 sm:col-span-2">
        <dt className="text-muted-foreground">Visible to</dt>
        <dd>
          {DOCUMENT_VISIBILITY_LABELS[doc.visibility]}
          <span className="block text-muted-foreground">
            {DOCUMENT_VISIBILITY_HINTS[doc.visibility]}
          </span>
        </dd>
      </div>
      <Fact label="Language">
        {doc.language ? (LANGUAGES[doc.language] ?? doc.language) : none("Not set")}
      </Fact>
      <Fact label="Folder">
        {folder ? (
          <Link
            href={libraryUrl(projectId, folder.id)}
            className="text-primary underline underline-offset-4"
          >
            {doc.path.map((f) => f.name).join(" / ")}
          </Link>
        ) : (
          <Link href={libraryUrl(projectId)} className="text-primary underline underline-offset-4">
            Top of the library
          </Link>
        )}
      </Fact>
      <div className="grid min-w-0 content-start gap-0.5 sm:col-span-2">
        <dt className="text-muted-foreground">Tags</dt>
        <dd>
          {doc.tags.length ? (
            <ul className="flex flex-wrap gap-1.5">
              {doc.tags.map((t) => (
                <li key={t}>
                  <Badge variant="outline">{t}</Badge>
                </li>
              ))}
            </ul>
          ) : (
            none("No tags")
          )}
        </dd>
      </div>
      <div className="grid min-w-0 content-start gap-0.5 sm:col-span-2">
        <dt className="text-muted-foreground">Description</dt>
        <dd className="whitespace-pre-line break-words">
          {doc.description || none("No description")}
        </dd>
      </div>
      <Fact label="File name">
        <span className="break-all">{doc.fileName}</span>
      </Fact>
      <Fact label="Type">{documentTypeLabel(doc.mimeType)}</Fact>
      <Fact label="Size">{formatBytes(doc.size)}</Fact>
      <Fact label="Versions">{doc.versionCount}</Fact>
      <div className="grid min-w-0 content-start gap-0.5 sm:col-span-2">
        <dt className="text-muted-foreground">sha256 checksum</dt>
        <dd>
          <Checksum value={doc.sha256} full />
        </dd>
      </div>
      <Fact label="Created">
        <DateTime value={doc.createdAt} />
        {doc.createdByName && <span className="block">by {doc.createdByName}</span>}
      </Fact>
      <Fact label="Last changed">
        <DateTime value={doc.updatedAt} />
        {doc.updatedByName && <span className="block">by {doc.updatedByName}</span>}
      </Fact>
    </dl>
  );
}
