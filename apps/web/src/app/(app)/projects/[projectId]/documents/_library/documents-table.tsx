"use client";

import Link from "next/link";
import { useEffect, useRef } from "react";
import { Table, TBody, TH, THead, TR } from "@/components/ui/table";
import { DocumentRow, FolderRow } from "./library-rows";
import {
  type DocumentItem,
  type FolderItem,
  folderHref,
  type LibraryParams,
  type Viewer,
} from "./params";
import { SortHeader } from "./sort-header";

/**
 * Folders first, then a page of documents. On narrow screens the secondary columns fold into
 * a line under the title, and the table scrolls inside its own box rather than the page.
 */
export function DocumentsTable({
  projectId,
  params,
  folders,
  documents,
  selectedIds,
  onSelect,
  viewer,
  filtered,
}: {
  projectId: string;
  params: LibraryParams;
  folders: FolderItem[];
  documents: DocumentItem[];
  selectedIds: ReadonlySet<string>;
  onSelect: (ids: ReadonlySet<string>) => void;
  viewer: Viewer;
  filtered: boolean;
}) {
  const sortable = { projectId, params };
  const wide = "hidden md:table-cell";
  const allSelected = documents.length > 0 && documents.every((d) => selectedIds.has(d.id));
  const someSelected = !allSelected && documents.some((d) => selectedIds.has(d.id));

  function toggle(id: string, on: boolean) {
    const next = new Set(selectedIds);
    if (on) next.add(id);
    else next.delete(id);
    onSelect(next);
  }

  if (folders.length === 0 && documents.length === 0)
    return (
      <p className="rounded-lg border bg-background p-6 text-sm text-muted-foreground">
        {filtered ? (
          <>
            No documents here match these filters.{" "}
            <Link
              href={folderHref(projectId, params, params.folder)}
              className="font-medium text-primary underline underline-offset-4"
            >
              Show all documents of this folder
            </Link>
          </>
        ) : viewer.canContribute ? (
          "This folder is empty. Drop files in the upload area above, or create a folder."
        ) : (
          "This folder is empty."
        )}
      </p>
    );

  return (
    <div className="min-w-0 rounded-lg border bg-background">
      <Table label="Folders and documents">
        <caption className="sr-only">Folders and documents, {describeSort(params)}</caption>
        <THead>
          <TR className="hover:bg-transparent">
            <TH scope="col" className="w-10 pr-0">
              {documents.length === 0 ? (
                <span className="sr-only">Selection</span>
              ) : (
                <SelectAll
                  checked={allSelected}
                  indeterminate={someSelected}
                  onChange={(on) => onSelect(new Set(on ? documents.map((d) => d.id) : []))}
                />
              )}
            </TH>
            <SortHeader {...sortable} sort="title" label="Title" />
            <SortHeader {...sortable} sort="category" label="Category" className={wide} />
            <SortHeader {...sortable} sort="owner" label="Owning partner" className={wide} />
            <TH scope="col" className={wide}>
              Visibility
            </TH>
            <TH scope="col" className={wide}>
              Language
            </TH>
            <SortHeader {...sortable} sort="size" label="Size" className={wide} />
            <SortHeader {...sortable} sort="updated" label="Updated" className={wide} />
            <TH scope="col" className="w-12">
              <span className="sr-only">Actions</span>
            </TH>
          </TR>
        </THead>
        <TBody>
          {folders.map((f) => (
            <FolderRow
              key={f.id}
              projectId={projectId}
              params={params}
              folder={f}
              viewer={viewer}
            />
          ))}
          {documents.map((d) => (
            <DocumentRow
              key={d.id}
              projectId={projectId}
              document={d}
              selected={selectedIds.has(d.id)}
              onToggle={(on) => toggle(d.id, on)}
            />
          ))}
        </TBody>
      </Table>
    </div>
  );
}

function SelectAll({
  checked,
  indeterminate,
  onChange,
}: {
  checked: boolean;
  indeterminate: boolean;
  onChange: (on: boolean) => void;
}) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = indeterminate;
  }, [indeterminate]);
  return (
    <input
      ref={ref}
      type="checkbox"
      aria-label="Select all documents on this page"
      checked={checked}
      onChange={(e) => onChange(e.target.checked)}
      className="size-4 accent-primary"
    />
  );
}

const SORT_WORDS = {
  title: "title",
  updated: "last update",
  size: "size",
  category: "category",
  owner: "owning partner",
} as const;

function describeSort(p: LibraryParams): string {
  return `sorted by ${SORT_WORDS[p.sort]}, ${p.dir === "asc" ? "ascending" : "descending"}`;
}
