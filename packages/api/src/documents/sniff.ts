import { Transform, type TransformCallback } from "node:stream";
import { fileTypeFromBuffer } from "file-type";
import { DomainError } from "../errors";

const SAMPLE = 4100;

/** Types with no magic number, recognised from the extension once the bytes look like text. */
const TEXT_TYPES: Record<string, string> = {
  txt: "text/plain",
  csv: "text/csv",
  md: "text/markdown",
};
/** Old Office files are all "application/x-cfb" to a sniffer; the extension tells which. */
const CFB_TYPES: Record<string, string> = {
  doc: "application/msword",
  xls: "application/vnd.ms-excel",
  ppt: "application/vnd.ms-powerpoint",
};

export const DEFAULT_ALLOWED_TYPES = [
  "application/pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  "application/vnd.oasis.opendocument.text",
  "application/vnd.oasis.opendocument.spreadsheet",
  "application/vnd.oasis.opendocument.presentation",
  "application/msword",
  "application/vnd.ms-excel",
  "application/vnd.ms-powerpoint",
  "application/rtf",
  "application/zip",
  "image/png",
  "image/jpeg",
  "image/gif",
  "image/webp",
  "video/mp4",
  "audio/mpeg",
  "text/plain",
  "text/csv",
  "text/markdown",
];

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  return dot > 0 ? fileName.slice(dot + 1).toLowerCase() : "";
}

function looksLikeText(sample: Buffer): boolean {
  if (sample.includes(0)) return false;
  // A multi-byte character may be cut at the end of the sample: ignore its last 3 bytes.
  const body = sample.length >= SAMPLE ? sample.subarray(0, sample.length - 3) : sample;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(body);
    return true;
  } catch {
    return false;
  }
}

/** The type of a file judged from its first bytes (the extension only disambiguates). */
export async function detectType(sample: Buffer, fileName: string): Promise<string | null> {
  const ext = extensionOf(fileName);
  const found = await fileTypeFromBuffer(sample);
  if (found) {
    if (found.mime === "application/x-cfb") return CFB_TYPES[ext] ?? null;
    return found.mime;
  }
  if (TEXT_TYPES[ext] && looksLikeText(sample)) return TEXT_TYPES[ext];
  return null;
}

/**
 * Holds back the first bytes of an upload until its type is known, refuses a type not on
 * the allowed list (415) and an empty file (400), then lets the rest stream through.
 */
export class TypeGate extends Transform {
  private head: Buffer[] = [];
  private headSize = 0;
  private decided = false;
  mimeType = "application/octet-stream";

  constructor(
    private readonly fileName: string,
    private readonly allowed: readonly string[],
  ) {
    super();
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    if (this.decided) {
      done(null, chunk);
      return;
    }
    this.head.push(chunk);
    this.headSize += chunk.length;
    if (this.headSize < SAMPLE) {
      done();
      return;
    }
    this.decide().then(() => done(), done);
  }

  override _flush(done: TransformCallback): void {
    if (this.decided) {
      done();
      return;
    }
    if (this.headSize === 0) {
      done(new DomainError("BAD_REQUEST", "The file is empty"));
      return;
    }
    this.decide().then(() => done(), done);
  }

  private async decide(): Promise<void> {
    const sample = Buffer.concat(this.head);
    const type = await detectType(sample.subarray(0, SAMPLE), this.fileName);
    if (!type || !this.allowed.includes(type)) {
      throw new DomainError(
        "UNSUPPORTED_MEDIA_TYPE",
        type
          ? `Files of type ${type} cannot be uploaded here`
          : "This kind of file cannot be uploaded here (its contents match no allowed type)",
      );
    }
    this.mimeType = type;
    this.decided = true;
    this.head = [];
    this.push(sample);
  }
}
