"use client";

import { ChevronRight, Download, FolderPlus } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { Button, buttonVariants } from "@/components/ui/button";
import { FolderDialog, type FolderTarget } from "./folder-dialog";
import { folderHref, type LibraryParams, type Viewer } from "./params";
import { zipHref } from "./zip";

type Crumb = { id: string; name: string };

/** Where we are (breadcrumbs and heading) and what can be done with this folder. */
export function FolderBar({
  projectId,
  acronym,
  params,
  path,
  hasDocuments,
  viewer,
  headingId,
}: {
  projectId: string;
  acronym: string;
  params: LibraryParams;
  path: Crumb[];
  hasDocuments: boolean;
  viewer: Viewer;
  headingId: string;
}) {
  const [target, setTarget] = useState<FolderTarget | null>(null);
  const current = path.at(-1) ?? null;

  return (
    <div className="flex flex-wrap items-end justify-between gap-3">
      <div className="grid min-w-0 gap-1">
        {current && (
          <nav aria-label="Folder path">
            <ol className="flex flex-wrap items-center gap-1 text-sm text-muted-foreground">
              <li>
                <Link href={folderHref(projectId, params, null)} className="hover:underline">
                  Library
                </Link>
              </li>
              {path.map((crumb) => (
                <li key={crumb.id} className="flex min-w-0 items-center gap-1">
                  <ChevronRight className="size-3.5 shrink-0" aria-hidden />
                  {crumb.id === current.id ? (
                    <span aria-current="page" className="break-all font-medium text-foreground">
                      {crumb.name}
                    </span>
                  ) : (
                    <Link
                      href={folderHref(projectId, params, crumb.id)}
                      className="break-all hover:underline"
                    >
                      {crumb.name}
                    </Link>
                  )}
                </li>
              ))}
            </ol>
          </nav>
        )}
        <h2 id={headingId} className="break-words text-lg font-semibold">
          {current?.name ?? "Library"}
        </h2>
      </div>
      <div className="flex flex-wrap gap-2">
        {current && hasDocuments && (
          <a
            href={zipHref(projectId, { folderId: current.id }, `${acronym} ${current.name}`)}
            download
            className={buttonVariants({ variant: "outline", size: "sm" })}
          >
            <Download aria-hidden /> Download folder as zip
          </a>
        )}
        {viewer.canContribute && (
          <Button
            variant="outline"
            size="sm"
            onClick={() =>
              setTarget({
                kind: "create",
                parentId: current?.id ?? null,
                parentName: current?.name ?? null,
              })
            }
          >
            <FolderPlus aria-hidden /> New folder
          </Button>
        )}
      </div>
      <FolderDialog projectId={projectId} target={target} onClose={() => setTarget(null)} />
    </div>
  );
}
