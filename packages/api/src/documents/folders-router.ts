import { z } from "zod";
import { version } from "../shared/fields";
import {
  editorProcedure as contribute,
  leadProcedure as lead,
  projectInput,
  readProcedure as read,
  router,
} from "../trpc";
import * as folders from "./folders";
import { folderName } from "./schemas";

export const foldersRouter = router({
  all: read.input(projectInput({})).query(({ ctx }) => folders.listFolders(ctx)),
  create: contribute
    .input(projectInput({ parentId: z.uuid().nullable().default(null), name: folderName }))
    .mutation(({ ctx, input }) => folders.createFolder(ctx, input)),
  rename: contribute
    .input(projectInput({ folderId: z.uuid(), name: folderName, version }))
    .mutation(({ ctx, input }) => folders.renameFolder(ctx, input)),
  delete: lead
    .input(projectInput({ folderId: z.uuid() }))
    .mutation(({ ctx, input }) => folders.deleteFolder(ctx, input)),
});
