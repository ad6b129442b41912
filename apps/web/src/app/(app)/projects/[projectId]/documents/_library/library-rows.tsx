"use client";

import { Download, FileText, Folder } from "lucide-react";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { buttonVariants } from "@/components/ui/button";
import { TD, TR } from "@/components/ui/table";
import {
  DOCUMENT_CATEGORY_LABELS,
  DOCUMENT_VISIBILITY_LABELS,
  formatBytes,
  formatDate,
} from "@/lib/labels";
import { FolderActions } from "./folder-actions";
import { useLanguages } from "./languages";
import {
  type DocumentItem,
  type FolderItem,
  folderHref,
  type LibraryParams,
  type Viewer,
} from "./params";

const wide = "hidden md:table-cell";
const muted = <span className="text-muted-foreground">—</span>;

export function FolderRow({
  projectId,
  params,
  folder,
  viewer,
}: {
  projectId: string;
  params: LibraryParams;
  folder: FolderItem;
  viewer: Viewer;
}) {
  return (
    <TR>
      <TD className="pr-0" />
      <TD className="min-w-48">
        <Link
          href={folderHref(projectId, params, folder.id)}
          className="inline-flex max-w-full items-center gap-2 break-all font-medium text-primary hover:underline"
        >
          <Folder className="size-4 shrink-0 fill-primary/15" aria-hidden />
          {folder.name}
          <span className="sr-only"> (folder)</span>
        </Link>
      </TD>
      <TD className={wide}>
        <span className="text-muted-foreground">Folder</span>
      </TD>
      <TD className={wide}>{muted}</TD>
      <TD className={wide}>{muted}</TD>
      <TD className={wide}>{muted}</TD>
      <TD className={wide}>{muted}</TD>
      <TD className={`${wide} whitespace-nowrap text-muted-foreground`}>
        <Day value={folder.updatedAt} />
      </TD>
      <TD className="text-right">
        {viewer.canContribute && (
          <FolderActions projectId={projectId} folder={folder} canDelete={folder.can.delete} />
        )}
      </TD>
    </TR>
  );
}

export function DocumentRow({
  projectId,
  document: d,
  selected,
  onToggle,
}: {
  projectId: string;
  document: DocumentItem;
  selected: boolean;
  onToggle: (on: boolean) => void;
}) {
  const base = `/projects/${projectId}/documents`;
  const category = DOCUMENT_CATEGORY_LABELS[d.category] ?? d.category;
  const names = useLanguages();
  const language = d.language ? (names[d.language] ?? d.language) : null;
  return (
    <TR data-state={selected ? "selected" : undefined} className="data-[state=selected]:bg-accent">
      <TD className="pr-0 align-top md:align-middle">
        <input
          type="checkbox"
          aria-label={`Select ${d.title}`}
          checked={selected}
          onChange={(e) => onToggle(e.target.checked)}
          className="mt-1 size-4 accent-primary md:mt-0"
        />
      </TD>
      <TD className="min-w-48 max-w-md">
        <div className="flex items-start gap-2">
          <FileText className="mt-0.5 size-4 shrink-0 text-muted-foreground" aria-hidden />
          <div className="grid min-w-0 gap-0.5">
            <Link
              href={`${base}/${d.id}`}
              className="break-words font-medium text-primary hover:underline"
            >
              {d.title}
            </Link>
            <span className="break-all text-xs text-muted-foreground">{d.fileName}</span>
            {/* Narrow screens: the other columns, folded into one line. */}
            <span className="grid justify-items-start gap-1 text-xs text-muted-foreground md:hidden">
              <span>
                {[category, d.ownerPartnerName, formatBytes(d.size)].join(" · ")} ·{" "}
                <Day value={d.updatedAt} />
              </span>
              <VisibilityBadge visibility={d.visibility} />
            </span>
          </div>
        </div>
      </TD>
      <TD className={wide}>{category}</TD>
      <TD className={`${wide} min-w-32`}>{d.ownerPartnerName}</TD>
      <TD className={wide}>
        <VisibilityBadge visibility={d.visibility} />
      </TD>
      <TD className={wide}>{language ?? muted}</TD>
      <TD className={`${wide} whitespace-nowrap tabular-nums`}>{formatBytes(d.size)}</TD>
      <TD className={`${wide} whitespace-nowrap text-muted-foreground`}>
        <Day value={d.updatedAt} />
      </TD>
      <TD className="text-right align-top md:align-middle">
        <a
          href={`/api/projects/${projectId}/documents/${d.id}/file`}
          download
          className={buttonVariants({ variant: "ghost", size: "icon" })}
        >
          <Download aria-hidden />
          <span className="sr-only">Download {d.title}</span>
        </a>
      </TD>
    </TR>
  );
}

export function VisibilityBadge({ visibility }: { visibility: string }) {
  const variant =
    visibility === "partnership" ? "secondary" : visibility === "lead" ? "warning" : "outline";
  return (
    <Badge variant={variant} className="whitespace-nowrap">
      {DOCUMENT_VISIBILITY_LABELS[visibility] ?? visibility}
    </Badge>
  );
}

function Day({ value }: { value: Date }) {
  return <time dateTime={value.toISOString()}>{formatDate(value)}</time>;
}
