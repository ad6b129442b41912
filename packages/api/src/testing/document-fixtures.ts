import type { DocumentVisibility } from "@consortia/db";
import { createFolder } from "../documents/folders";
import { trashDocuments } from "../documents/service";
import { bytesUpload, uploadDocument } from "../documents/upload";
import type { Harness } from "./harness";

export type DocumentFixtures = ReturnType<typeof documentFixtures>;

/** Documents and folders made through the real services, for tests. */
export function documentFixtures(h: Harness) {
  /** What a project procedure hands a service, for this user in this project. */
  const projectCtxFor = h.projectCtxFor;

  async function newDocument(
    o: {
      ownerPartnerId?: string;
      visibility?: DocumentVisibility;
      folderId?: string | null;
      title?: string;
      fileName?: string;
      bytes?: Buffer | string;
      by?: string;
    } = {},
  ) {
    const ctx = await projectCtxFor(o.by ?? h.f.users.lead_coordinator.id);
    return uploadDocument(
      ctx,
      {
        title: o.title ?? h.f.unique("Peer review report "),
        description: "",
        category: "peer_review_report",
        language: "en",
        tags: [],
        visibility: o.visibility ?? "partnership",
        folderId: o.folderId ?? null,
        ownerPartnerId: o.ownerPartnerId ?? h.f.partnersA.se,
      },
      bytesUpload(o.fileName ?? "notes.txt", o.bytes ?? "Notes from the peer review in Stockholm"),
    );
  }

  async function newFolder(parentId: string | null = null) {
    const ctx = await projectCtxFor(h.f.users.lead_coordinator.id);
    return createFolder(ctx, { parentId, name: h.f.unique("Folder ") });
  }

  async function trashedDocument() {
    const doc = await newDocument();
    await trashDocuments(await projectCtxFor(h.f.users.lead_coordinator.id), {
      documentIds: [doc.id],
    });
    return doc;
  }

  /** Where the bytes of a document's (first) version are stored. */
  async function blobKeyOf(documentId: string) {
    const v = await h.db
      .selectFrom("document_versions")
      .select("blob_key")
      .where("document_id", "=", documentId)
      .executeTakeFirstOrThrow();
    return v.blob_key;
  }

  return { projectCtxFor, newDocument, newFolder, trashedDocument, blobKeyOf };
}
