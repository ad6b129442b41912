import { createReadStream, createWriteStream } from "node:fs";
import { stat } from "node:fs/promises";
import http from "node:http";
import path from "node:path";
import { pipeline } from "node:stream/promises";

/*
 * The transfer floor, run as its own process (like the app server): the least a Node.js
 * server can do to take a file and give it back. POST /files/<name> pipes the body to
 * <dir>/<name>, fsynced before the answer as the app's storage does; GET streams it back.
 * Both with the 1 MiB buffers the app's local storage uses, so that the floor is the best a
 * bare stream does with them, not a handicapped one.
 * Prints its port on the first line of stdout; exits when its stdin closes, so it never
 * outlives the bench, however the bench ends.
 */
const MiB = 1024 * 1024;
const dir = process.argv[2];
if (!dir) throw new Error("usage: transfer-floor <directory>");

const server = http.createServer(async (req, res) => {
  const name = path.basename(new URL(req.url ?? "/", "http://floor").pathname);
  const file = path.join(dir, name);
  try {
    if (req.method === "POST") {
      await pipeline(req, createWriteStream(file, { flush: true, highWaterMark: MiB }));
      res.writeHead(201, { "content-type": "text/plain" }).end("stored");
    } else {
      const { size } = await stat(file);
      res.writeHead(200, { "content-type": "application/octet-stream", "content-length": size });
      await pipeline(createReadStream(file, { highWaterMark: MiB }), res);
    }
  } catch (err) {
    if (res.headersSent) res.destroy();
    else res.writeHead(500, { "content-type": "text/plain" }).end(String(err));
  }
});

process.stdin.on("end", () => process.exit(0)).resume();

server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  console.log(typeof address === "object" && address ? address.port : 0);
});
