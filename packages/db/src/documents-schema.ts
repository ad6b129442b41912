import type { ColumnType, Generated, Selectable } from "kysely";

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export const DOCUMENT_CATEGORIES = [
  "deliverable",
  "meeting_material",
  "peer_review_report",
  "good_practice_evidence",
  "policy_document",
  "communication",
  "other",
] as const;
export type DocumentCategory = (typeof DOCUMENT_CATEGORIES)[number];

/** Who may see a document besides lead coordinators and admins. */
export const DOCUMENT_VISIBILITIES = ["partnership", "partner", "lead"] as const;
export type DocumentVisibility = (typeof DOCUMENT_VISIBILITIES)[number];

/** Records documents can be attached to (`attachments.entity`); each later module adds its own. */
export const ATTACHMENT_ENTITIES = [
  "learning_event",
  "good_practice",
  "deliverable",
  "policy_improvement",
  "action",
  "action_progress",
  "progress_report",
] as const;
export type AttachmentEntity = (typeof ATTACHMENT_ENTITIES)[number];

export interface FolderTable {
  id: Generated<string>;
  project_id: string;
  parent_id: string | null;
  name: string;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
  version: Generated<number>;
  deleted_at: Timestamp | null;
}

export interface DocumentTable {
  id: Generated<string>;
  project_id: string;
  folder_id: string | null;
  title: string;
  description: Generated<string>;
  category: DocumentCategory;
  language: string | null;
  tags: ColumnType<string[], string[] | undefined, string[]>;
  owner_partner_id: string;
  visibility: DocumentVisibility;
  file_name: string;
  mime_type: string;
  size: number;
  sha256: string;
  version_count: Generated<number>;
  /** Maintained by the documents service from title, description, file name, tags and text. */
  search_vector: ColumnType<string | null, never, never>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
  version: Generated<number>;
  deleted_at: Timestamp | null;
  deleted_by: string | null;
}

export interface DocumentVersionTable {
  id: Generated<string>;
  document_id: string;
  project_id: string;
  number: number;
  blob_key: string;
  file_name: string;
  mime_type: string;
  size: number;
  sha256: string;
  /** Per-chunk sha256 of the blob (32 bytes each); null for blobs not yet hashed that way. */
  chunk_size: number | null;
  chunk_hashes: Uint8Array | null;
  note: Generated<string>;
  text_content: string | null;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface AttachmentTable {
  id: Generated<string>;
  project_id: string;
  document_id: string;
  entity: AttachmentEntity;
  entity_id: string;
  created_by: string | null;
  created_at: CreatedAt;
}

/** An upload in progress, counted against its project's quota (see 0012-upload-reservations). */
export interface UploadReservationTable {
  id: Generated<string>;
  project_id: string;
  blob_key: string;
  /** At least the bytes received so far. */
  bytes: ColumnType<number, number | undefined, number>;
  started_at: CreatedAt;
  heartbeat_at: Timestamp;
}

export interface DocumentTables {
  folders: FolderTable;
  documents: DocumentTable;
  document_versions: DocumentVersionTable;
  attachments: AttachmentTable;
  upload_reservations: UploadReservationTable;
}

export type Folder = Selectable<FolderTable>;
export type DocumentRow = Selectable<DocumentTable>;
export type DocumentVersion = Selectable<DocumentVersionTable>;
