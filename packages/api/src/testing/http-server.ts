import http from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeWebStream } from "node:stream/web";

export type TestServer = { url: string; close: () => Promise<void> };

/**
 * A real HTTP server around a route handler, wired the way Next.js wires one: the request
 * body is the socket's stream (no Content-Length unless the client sends one), and a
 * response body that fails destroys the socket, so the client sees a broken download.
 */
export async function serveHandler(
  handle: (req: Request) => Promise<Response>,
): Promise<TestServer> {
  const server = http.createServer(async (req, res) => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (typeof value === "string") headers.set(name, value);
    }
    const hasBody = req.method !== "GET" && req.method !== "HEAD";
    const request = new Request(`http://${req.headers.host}${req.url}`, {
      method: req.method,
      headers,
      ...(hasBody ? { body: Readable.toWeb(req) as ReadableStream, duplex: "half" } : {}),
    } as RequestInit);
    const response = await handle(request);
    res.writeHead(response.status, Object.fromEntries(response.headers));
    if (!response.body) {
      res.end();
      return;
    }
    await pipeline(Readable.fromWeb(response.body as NodeWebStream<Uint8Array>), res).catch(
      () => undefined,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type ClientResult = {
  status: number;
  bytes: Buffer;
  /** The response ended normally (false: the connection broke or timed out first). */
  complete: boolean;
  ms: number;
};

/**
 * A plain HTTP client with a deadline: it never waits longer than `timeoutMs` for the whole
 * exchange, and reports whether the response arrived complete.
 */
export function request(
  url: string,
  opts: {
    method?: string;
    headers?: Record<string, string>;
    body?: AsyncIterable<Buffer>;
    timeoutMs: number;
  },
): Promise<ClientResult> {
  const started = Date.now();
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let status = 0;
    let settled = false;
    const done = (complete: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.destroy();
      resolve({ status, bytes: Buffer.concat(chunks), complete, ms: Date.now() - started });
    };
    const req = http.request(
      url,
      { method: opts.method ?? "GET", headers: opts.headers },
      (res) => {
        status = res.statusCode ?? 0;
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => done(res.complete));
        res.on("error", () => done(false));
        res.on("aborted", () => done(false));
      },
    );
    const timer = setTimeout(() => done(false), opts.timeoutMs);
    req.on("error", () => done(false));
    if (!opts.body) {
      req.end();
      return;
    }
    Readable.from(opts.body)
      .on("error", () => done(false))
      .pipe(req);
  });
}
