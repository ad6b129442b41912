import { PassThrough, type Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import archiver from "archiver";

/** A file of a zip: rendered into its own stream, or text known in advance. */
export type ZipEntry =
  | { name: string; render: (out: Writable) => Promise<void> }
  | { name: string; text: string };

/**
 * Several files in one zip, streamed. Each rendered entry writes into its own stream while
 * the zip reads them in turn, so an entry waits (backpressure) instead of piling up in
 * memory. A failure (a closed download) stops every entry's writer, which would otherwise
 * wait forever for a reader.
 */
export async function writeZip(out: Writable, entries: readonly ZipEntry[]) {
  const zip = archiver("zip", { zlib: { level: 6 } });
  const done = pipeline(zip, out);
  const renders: Promise<void>[] = [];
  const streams: PassThrough[] = [];
  for (const entry of entries) {
    if ("text" in entry) {
      zip.append(entry.text, { name: entry.name });
      continue;
    }
    const stream = new PassThrough();
    zip.append(stream, { name: entry.name });
    streams.push(stream);
    renders.push(entry.render(stream));
  }
  try {
    await Promise.all([...renders, zip.finalize(), done]);
  } catch (err) {
    for (const stream of streams) stream.destroy();
    zip.abort();
    throw err;
  }
}
