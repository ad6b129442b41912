/**
 * The documents room's public entry point: what other rooms may use. Everything else in this
 * folder is the room's own.
 */
export { visibleDocumentIds, visibleDocuments } from "./access";
export {
  type AttachedDocument,
  attachDocuments,
  attachmentDocumentIds,
  detachDocument,
  listAttachments,
} from "./attachments";
export { evidenceCounts } from "./evidence-counts";
export { LANGUAGES } from "./schemas";
