import { createHash, randomFillSync } from "node:crypto";
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import http from "node:http";
import { text } from "node:stream/consumers";
import { pipeline } from "node:stream/promises";

const MiB = 1024 * 1024;

/**
 * An MP4 header (the app judges types from the bytes; MP4 is allowed and never text-indexed)
 * followed by random bytes, written 1 MiB at a time: the file is never in memory.
 */
export async function writeTestFile(file: string, mebibytes: number): Promise<string> {
  const hash = createHash("sha256");
  const chunk = Buffer.alloc(MiB);
  const handle = await open(file, "w");
  try {
    for (let i = 0; i < mebibytes; i++) {
      randomFillSync(chunk);
      if (i === 0) {
        chunk.writeUInt32BE(24, 0);
        chunk.write("ftypmp42\0\0\0\0mp42isom", 4, "latin1");
      }
      hash.update(chunk);
      await handle.write(chunk);
    }
  } finally {
    await handle.close();
  }
  return hash.digest("hex");
}

type Sent = { status: number; body: string; seconds: number };

/** POSTs the file as the request body, streamed from disk (as a browser's upload). */
export async function postFile(
  url: string,
  file: string,
  bytes: number,
  headers: http.OutgoingHttpHeaders,
): Promise<Sent> {
  const started = performance.now();
  const req = http.request(url, {
    method: "POST",
    agent: false,
    headers: { "content-type": "application/octet-stream", ...headers, "content-length": bytes },
  });
  const answered = new Promise<http.IncomingMessage>((resolve, reject) => {
    req.once("response", resolve);
    req.once("error", reject);
  });
  // A server refusing early closes the connection mid-body: report its answer, not EPIPE.
  const sent = pipeline(createReadStream(file), req).then(
    () => null,
    (err: Error) => err,
  );
  const res = await answered;
  const body = await text(res);
  const failed = await sent;
  if (failed && res.statusCode && res.statusCode < 300) throw failed;
  return { status: res.statusCode ?? 0, body, seconds: (performance.now() - started) / 1000 };
}

type Received = { status: number; bytes: number; sha256: string; seconds: number; body: string };

/** GETs a file and hashes it on the way; nothing is kept. */
export async function getFile(url: string, headers: http.OutgoingHttpHeaders): Promise<Received> {
  const started = performance.now();
  const res = await new Promise<http.IncomingMessage>((resolve, reject) =>
    http.get(url, { agent: false, headers }, resolve).once("error", reject),
  );
  if (res.statusCode !== 200)
    return { status: res.statusCode ?? 0, bytes: 0, sha256: "", seconds: 0, body: await text(res) };
  const hash = createHash("sha256");
  let bytes = 0;
  for await (const chunk of res as AsyncIterable<Buffer>) {
    hash.update(chunk);
    bytes += chunk.length;
  }
  const seconds = (performance.now() - started) / 1000;
  return { status: 200, bytes, sha256: hash.digest("hex"), seconds, body: "" };
}
