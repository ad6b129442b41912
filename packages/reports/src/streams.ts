import { once } from "node:events";
import { PassThrough, type Writable } from "node:stream";

/**
 * The streaming writers' plumbing: write with backpressure, notice a reader that went away,
 * and collect a stream's bytes for callers that want a Buffer.
 */

/** The reader went away (a closed tab, a cancelled download): not a failure of the export. */
export class DownloadClosed extends Error {
  constructor() {
    super("The download was closed before it ended");
  }
}
const closed = () => new DownloadClosed();

/**
 * Writes a chunk and waits while the reader is behind, so nothing piles up in memory. Throws
 * when the stream is closed meanwhile (the client went away), so a writer stops there
 * instead of waiting for a `drain` that never comes.
 */
export async function write(out: Writable, chunk: unknown) {
  if (out.destroyed) throw closed();
  if (out.write(chunk)) return;
  await new Promise<void>((resolve, reject) => {
    const onDrain = () => {
      out.off("close", onClose);
      resolve();
    };
    const onClose = () => {
      out.off("drain", onDrain);
      reject(closed());
    };
    out.once("drain", onDrain);
    out.once("close", onClose);
  });
}

/** Rejects when `out` closes before it has finished; never settles otherwise. */
export function closedEarly(out: Writable): Promise<never> {
  return new Promise((_, reject) => {
    out.once("close", () => {
      if (!out.writableFinished) reject(closed());
    });
  });
}

/** Throws once the stream is gone, for writers that have no backpressure of their own. */
export function assertOpen(out: Writable) {
  if (out.destroyed) throw closed();
}

/** Ends the stream and resolves once everything written has been flushed. */
export async function close(out: Writable) {
  out.end();
  if (!out.writableFinished) await Promise.race([once(out, "finish"), closedEarly(out)]);
}

/** Called as rows are written: how many so far, and how many in all. */
export type Progress = (rowsDone: number, rowsTotal: number) => void;

/** Everything a streaming writer writes, as one Buffer (for small files sent whole). */
export async function collect(render: (out: Writable) => Promise<void>): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (c: Buffer) => chunks.push(c));
  const ended = once(out, "end");
  // A failed render may also fail the stream: that rejection is the render's, not ours.
  ended.catch(() => {});
  await render(out);
  await ended;
  return Buffer.concat(chunks);
}
