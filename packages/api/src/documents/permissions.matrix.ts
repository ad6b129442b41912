import { EDITOR_ROLES, LEAD_ROLES, READ_ROLES, type Role } from "../shared/roles";
import type { DocumentFixtures } from "../testing/document-fixtures";
import type { Fixtures } from "../testing/harness";

type Entry = { roles: Role[]; input: (f: Fixtures) => unknown };

/**
 * Permission-matrix rows for the document library. Contributors may act only on their own
 * partner's documents: the fixtures make each one owned by the partner editor's partner.
 */
export function documentEntries(docs: () => DocumentFixtures): Record<string, Entry> {
  const read = [...READ_ROLES];
  const contribute = [...EDITOR_ROLES];
  const lead = [...LEAD_ROLES];
  const own = async (f: Fixtures) =>
    docs().newDocument({ ownerPartnerId: f.partnersA.se, visibility: "partner" });
  return {
    "documents.list": { roles: read, input: (f) => ({ projectId: f.projectA.id }) },
    "documents.facets": { roles: read, input: (f) => ({ projectId: f.projectA.id }) },
    "documents.get": {
      roles: read,
      input: async (f) => ({
        projectId: f.projectA.id,
        documentId: (await docs().newDocument()).id,
      }),
    },
    "documents.search": {
      roles: read,
      input: (f) => ({ projectId: f.projectA.id, q: "peer review" }),
    },
    "documents.update": {
      roles: contribute,
      input: async (f) => ({
        projectId: f.projectA.id,
        documentId: (await own(f)).id,
        version: 1,
        title: f.unique("Renamed report "),
        description: "Findings of the peer review",
        category: "peer_review_report",
        language: "sv",
        tags: ["peer review"],
        visibility: "partnership",
        folderId: null,
      }),
    },
    "documents.trash": {
      roles: contribute,
      input: async (f) => ({ projectId: f.projectA.id, documentIds: [(await own(f)).id] }),
    },
    "documents.restoreVersion": {
      roles: contribute,
      input: async (f) => ({
        projectId: f.projectA.id,
        documentId: (await own(f)).id,
        number: 1,
        version: 1,
      }),
    },
    "documents.trashList": { roles: lead, input: (f) => ({ projectId: f.projectA.id }) },
    "documents.restore": {
      roles: lead,
      input: async (f) => ({
        projectId: f.projectA.id,
        documentId: (await docs().trashedDocument()).id,
      }),
    },
    "documents.purge": {
      roles: lead,
      input: async (f) => ({
        projectId: f.projectA.id,
        documentId: (await docs().trashedDocument()).id,
      }),
    },
    "folders.all": { roles: read, input: (f) => ({ projectId: f.projectA.id }) },
    "folders.create": {
      roles: contribute,
      input: (f) => ({ projectId: f.projectA.id, parentId: null, name: f.unique("Meetings ") }),
    },
    "folders.rename": {
      roles: contribute,
      input: async (f) => {
        const folder = await docs().newFolder();
        return {
          projectId: f.projectA.id,
          folderId: folder.id,
          name: f.unique("Renamed "),
          version: folder.version,
        };
      },
    },
    "folders.delete": {
      roles: lead,
      input: async (f) => ({ projectId: f.projectA.id, folderId: (await docs().newFolder()).id }),
    },
  };
}
