"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { describeError } from "@/lib/errors";
import { useTRPC } from "@/trpc/react";
import { DocumentsTable } from "./documents-table";
import { FolderBar } from "./folder-bar";
import { LanguagesProvider } from "./languages";
import { LibraryFilters } from "./library-filters";
import { Pagination } from "./pagination";
import {
  type Facets,
  hasFilters,
  type LibraryParams,
  type ListData,
  listInput,
  type Viewer,
} from "./params";
import { SelectionBar } from "./selection-bar";
import { StorageMeter } from "./storage-meter";
import { Uploader } from "./upload/uploader";

const NONE: ReadonlySet<string> = new Set();

/**
 * The library below the page title. The first data comes rendered from the server; queries
 * take over so uploads, folder changes and the trash refresh it in place.
 */
export function Library({
  projectId,
  acronym,
  params,
  initialList,
  initialFacets,
  viewer,
  partners,
  languages,
}: {
  projectId: string;
  acronym: string;
  params: LibraryParams;
  initialList: ListData;
  initialFacets: Facets;
  viewer: Viewer;
  partners: { id: string; name: string }[];
  languages: Record<string, string>;
}) {
  const trpc = useTRPC();
  const input = listInput(projectId, params);
  const list = useQuery(trpc.documents.list.queryOptions(input, { initialData: initialList }));
  const facets = useQuery(
    trpc.documents.facets.queryOptions({ projectId }, { initialData: initialFacets }),
  );
  const data = list.data;
  const folder = data.path.at(-1) ?? null;

  // A selection belongs to one view: another folder, filter or page starts empty.
  const scope = JSON.stringify(input);
  const [selection, setSelection] = useState({ scope, ids: NONE });
  const selectedIds = selection.scope === scope ? selection.ids : NONE;
  const selected = data.documents.filter((d) => selectedIds.has(d.id));
  const select = (ids: ReadonlySet<string>) => setSelection({ scope, ids });

  return (
    <LanguagesProvider languages={languages}>
      <div className="grid min-w-0 grid-cols-1 gap-6">
        <StorageMeter storage={facets.data.storage} />
        {viewer.canContribute && (
          <Uploader projectId={projectId} folder={folder} viewer={viewer} partners={partners} />
        )}
        <LibraryFilters key={scope} projectId={projectId} params={params} facets={facets.data} />
        <section aria-labelledby="library-listing" className="grid min-w-0 gap-3">
          <FolderBar
            projectId={projectId}
            acronym={acronym}
            params={params}
            path={data.path}
            hasDocuments={data.total > 0 || hasFilters(params)}
            viewer={viewer}
            headingId="library-listing"
          />
          {list.isError && <Alert variant="error">{describeError(list.error).message}</Alert>}
          {data.documents.length > 0 && (
            <SelectionBar
              projectId={projectId}
              zipName={`${acronym} ${folder?.name ?? "documents"}`}
              selected={selected}
              canContribute={viewer.canContribute}
              onClear={() => select(NONE)}
            />
          )}
          <DocumentsTable
            projectId={projectId}
            params={params}
            folders={params.page === 1 ? data.folders : []}
            documents={data.documents}
            selectedIds={selectedIds}
            onSelect={select}
            viewer={viewer}
            filtered={hasFilters(params)}
          />
          <Pagination projectId={projectId} params={params} total={data.total} />
        </section>
      </div>
    </LanguagesProvider>
  );
}
