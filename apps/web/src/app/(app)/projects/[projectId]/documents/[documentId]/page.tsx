import { LANGUAGES } from "@consortia/api/schemas";
import { Download } from "lucide-react";
import type { Metadata } from "next";
import { Breadcrumb } from "@/components/breadcrumb";
import { SectionCard } from "@/components/section-card";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { DOCUMENT_CATEGORY_LABELS, DOCUMENT_VISIBILITY_LABELS, formatBytes } from "@/lib/labels";
import { documentFileUrl, libraryUrl } from "@/lib/urls";
import { serverApi } from "@/server/api";
import { projectMetadata } from "@/server/page-metadata";
import { documentById } from "../_shared/server-data";
import { DetailsCard } from "./details-card";
import { DocumentFacts } from "./document-facts";
import { DocumentPreview } from "./document-preview";
import { folderOptions } from "./folder-options";
import { TrashButton } from "./trash-button";
import { UploadVersion } from "./upload-version";
import { VersionHistory } from "./version-history";

type Params = { params: Promise<{ projectId: string; documentId: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { projectId, documentId } = await params;
  return projectMetadata(
    projectId,
    documentById(projectId, documentId).then((r) => r.title),
  );
}

/** One document: its details, a preview, its versions and, for its editors, every change. */
export default async function DocumentPage({ params }: Params) {
  const { projectId, documentId } = await params;
  const doc = await documentById(projectId, documentId);
  const folders = doc.can.edit
    ? await serverApi().then((api) => api.folders.all({ projectId }))
    : [];

  return (
    <div className="grid min-w-0 grid-cols-1 gap-6">
      <div className="grid gap-3">
        <Breadcrumb
          items={[
            { label: "Documents", href: libraryUrl(projectId) },
            ...doc.path.map((f) => ({ label: f.name, href: libraryUrl(projectId, f.id) })),
            { label: doc.title },
          ]}
        />
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div className="grid min-w-0 gap-2">
            <h1 className="break-words text-2xl font-semibold tracking-tight">{doc.title}</h1>
            <div className="flex flex-wrap items-center gap-2 text-sm text-muted-foreground">
              <Badge variant="secondary">{DOCUMENT_CATEGORY_LABELS[doc.category]}</Badge>
              <Badge variant="outline">{DOCUMENT_VISIBILITY_LABELS[doc.visibility]}</Badge>
              <span className="[overflow-wrap:anywhere]">
                {doc.fileName} · {formatBytes(doc.size)} · version {doc.versionCount}
              </span>
            </div>
          </div>
          <div className="flex flex-wrap gap-2">
            <Button asChild>
              <a href={documentFileUrl(projectId, doc.id)}>
                <Download aria-hidden /> Download
              </a>
            </Button>
            {doc.can.edit && (
              <TrashButton
                projectId={projectId}
                documentId={doc.id}
                title={doc.title}
                backTo={libraryUrl(projectId, doc.folderId)}
              />
            )}
          </div>
        </div>
      </div>

      <div className="grid min-w-0 gap-6 lg:grid-cols-5">
        <div className="min-w-0 lg:col-span-2">
          <DetailsCard
            projectId={projectId}
            doc={doc}
            folders={folderOptions(folders)}
            languages={LANGUAGES}
          >
            <DocumentFacts projectId={projectId} doc={doc} />
          </DetailsCard>
        </div>
        <SectionCard title="Preview" className="min-w-0 lg:col-span-3 lg:self-start">
          <DocumentPreview projectId={projectId} doc={doc} />
        </SectionCard>
      </div>

      <Card className="min-w-0">
        <CardHeader>
          <CardTitle>Versions</CardTitle>
          <CardDescription>
            Every file this document has held, newest first. Restoring an old version adds it again
            as the newest; nothing is lost.
          </CardDescription>
        </CardHeader>
        <CardContent className="grid gap-6">
          {doc.can.edit && (
            <UploadVersion projectId={projectId} documentId={doc.id} version={doc.version} />
          )}
          <VersionHistory projectId={projectId} doc={doc} />
        </CardContent>
      </Card>
    </div>
  );
}
