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

export type SniffedUpload = {
  mimeType: string;
  /** The whole upload, first bytes included, chunk by chunk as they arrived. */
  stream: AsyncIterable<Uint8Array>;
  /** Stops reading the upload (the request's body is cancelled) when it will not be stored. */
  stop: () => void;
};

/**
 * Reads the first bytes of an upload, judges its type from them and refuses a type not on
 * the allowed list (415) or an empty file (400) before anything is stored. `body` is read
 * once, as it comes (a web stream, a Node.js stream): no stream is put around it.
 */
export async function sniffUpload(
  body: AsyncIterable<Uint8Array>,
  fileName: string,
  allowed: readonly string[],
): Promise<SniffedUpload> {
  const source = body[Symbol.asyncIterator]();
  // Not awaited: a cancelled body settles on its own, and a read still pending (a stalled
  // client) would hold up the answer.
  const stop = () => {
    source.return?.()?.catch(() => undefined);
  };
  const head: Uint8Array[] = [];
  let size = 0;
  let ended = false;
  while (size < SAMPLE) {
    const next = await source.next();
    if (next.done) {
      ended = true;
      break;
    }
    const chunk = next.value;
    head.push(chunk);
    size += chunk.length;
  }
  if (size === 0)
    throw new DomainError("BAD_REQUEST", "The file is empty", { file: ["The file is empty"] });
  const sample = Buffer.concat(head);
  const type = await detectType(sample.subarray(0, SAMPLE), fileName);
  if (!type || !allowed.includes(type)) {
    stop();
    throw new DomainError(
      "UNSUPPORTED_MEDIA_TYPE",
      type
        ? `Files of type ${type} cannot be uploaded here`
        : "This kind of file cannot be uploaded here (its contents match no allowed type)",
    );
  }
  async function* whole() {
    yield sample;
    if (ended) return;
    yield* { [Symbol.asyncIterator]: () => source };
  }
  return { mimeType: type, stream: whole(), stop };
}
