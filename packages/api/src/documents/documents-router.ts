import { DOCUMENT_CATEGORIES } from "@consortia/db/schema";
import { z } from "zod";
import { recordNumber, version } from "../shared/fields";
import {
  editorProcedure as contribute,
  leadProcedure as lead,
  projectInput,
  readProcedure as read,
  router,
} from "../trpc";
import { documentMetadata, SORTS } from "./schemas";
import { searchDocuments, TYPE_GROUPS, type TypeGroup } from "./search";
import * as documents from "./service";
import * as trash from "./trash";

const day = z.iso.date("Use a date like 2026-05-31");
const typeGroups = Object.keys(TYPE_GROUPS) as [TypeGroup, ...TypeGroup[]];

export const documentsRouter = router({
  list: read
    .input(
      projectInput({
        folderId: z.uuid().nullable().default(null),
        category: z.enum(DOCUMENT_CATEGORIES).optional(),
        ownerPartnerId: z.uuid().optional(),
        tag: z.string().trim().toLowerCase().max(40).optional(),
        language: z.string().max(5).optional(),
        sort: z.enum(SORTS).default("updated"),
        direction: z.enum(["asc", "desc"]).default("desc"),
        page: z.number().int().min(1).max(10_000).default(1),
        pageSize: z.number().int().min(1).max(200).default(50),
      }),
    )
    .query(({ ctx, input }) => documents.listDocuments(ctx, input)),
  facets: read.input(projectInput({})).query(({ ctx }) => documents.documentFacets(ctx)),
  get: read
    .input(projectInput({ documentId: z.uuid() }))
    .query(({ ctx, input }) => documents.getDocument(ctx, input)),
  search: read
    .input(
      projectInput({
        q: z.string().trim().min(2, "Type at least 2 characters").max(200),
        ownerPartnerId: z.uuid().optional(),
        category: z.enum(DOCUMENT_CATEGORIES).optional(),
        type: z.enum(typeGroups).optional(),
        from: day.optional(),
        to: day.optional(),
        page: z.number().int().min(1).max(1000).default(1),
        pageSize: z.number().int().min(1).max(100).default(20),
      }).refine((v) => !v.from || !v.to || v.from <= v.to, {
        path: ["to"],
        message: "'To' must not be before 'from'",
      }),
    )
    .query(({ ctx, input }) => searchDocuments(ctx, input)),
  update: contribute
    .input(
      projectInput({
        ...documentMetadata,
        documentId: z.uuid(),
        version,
      }),
    )
    .mutation(({ ctx, input }) => documents.updateDocument(ctx, input)),
  trash: contribute
    .input(projectInput({ documentIds: z.array(z.uuid()).min(1).max(500) }))
    .mutation(({ ctx, input }) => documents.trashDocuments(ctx, input)),
  restoreVersion: contribute
    .input(
      projectInput({
        documentId: z.uuid(),
        number: recordNumber,
        version,
      }),
    )
    .mutation(({ ctx, input }) => documents.restoreVersion(ctx, input)),
  trashList: lead.input(projectInput({})).query(({ ctx }) => trash.listTrash(ctx)),
  restore: lead
    .input(projectInput({ documentId: z.uuid() }))
    .mutation(({ ctx, input }) => trash.restoreFromTrash(ctx, input)),
  purge: lead
    .input(projectInput({ documentId: z.uuid() }))
    .mutation(({ ctx, input }) => trash.purgeDocument(ctx, input)),
});
