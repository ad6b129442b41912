import { PassThrough, Readable } from "node:stream";
import {
  AbortMultipartUploadCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListMultipartUploadsCommand,
  ListObjectsV2Command,
  NoSuchKey,
  NotFound,
  S3Client,
} from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";
import { Meter } from "./meter";
import {
  assertKey,
  type BlobInfo,
  BlobNotFoundError,
  type BlobStore,
  type ByteRange,
  type IncompleteWrite,
  isKey,
  type PutResult,
} from "./types";

export type S3Options = {
  endpoint?: string | undefined;
  region: string;
  bucket: string;
  accessKeyId?: string | undefined;
  secretAccessKey?: string | undefined;
  forcePathStyle: boolean;
  prefix: string;
};

const isMissing = (err: unknown) =>
  err instanceof NoSuchKey ||
  err instanceof NotFound ||
  (err as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode === 404;

/**
 * Blobs as objects in an S3-compatible bucket. Uploads are multipart and only become
 * visible when completed; a failed or aborted upload is aborted, so several app servers can
 * share one bucket safely.
 */
export function createS3Store(opts: S3Options): BlobStore {
  const client = new S3Client({
    region: opts.region,
    endpoint: opts.endpoint,
    forcePathStyle: opts.forcePathStyle,
    credentials:
      opts.accessKeyId && opts.secretAccessKey
        ? { accessKeyId: opts.accessKeyId, secretAccessKey: opts.secretAccessKey }
        : undefined,
  });
  const Bucket = opts.bucket;
  const objectKey = (key: string) => {
    assertKey(key);
    return `${opts.prefix}${key}`;
  };

  return {
    driver: "s3",

    async put(key: string, bytes: AsyncIterable<Uint8Array>, putOpts = {}): Promise<PutResult> {
      const body = bytes instanceof Readable ? bytes : Readable.from(bytes, { objectMode: false });
      const meter = new Meter(putOpts.maxBytes);
      const out = new PassThrough();
      const upload = new Upload({
        client,
        params: { Bucket, Key: objectKey(key), Body: out },
        queueSize: 2,
        partSize: 8 * 1024 * 1024,
        leavePartsOnError: false,
      });
      let failure: unknown = null;
      const fail = (err: unknown) => {
        failure ??= err;
        out.destroy(err as Error);
        void upload.abort().catch(() => undefined);
      };
      body.on("error", fail);
      meter.on("error", fail);
      body.pipe(meter).pipe(out);
      try {
        await upload.done();
      } catch (err) {
        throw failure ?? err;
      }
      if (failure) throw failure;
      return meter.result();
    },

    async get(key: string, range?: ByteRange): Promise<Readable> {
      try {
        const res = await client.send(
          new GetObjectCommand({
            Bucket,
            Key: objectKey(key),
            Range: range ? `bytes=${range.start}-${range.end}` : undefined,
          }),
        );
        if (!(res.Body instanceof Readable)) throw new Error("Unexpected S3 body type");
        return res.Body;
      } catch (err) {
        if (isMissing(err)) throw new BlobNotFoundError(key);
        throw err;
      }
    },

    async stat(key: string) {
      try {
        const res = await client.send(new HeadObjectCommand({ Bucket, Key: objectKey(key) }));
        return { size: res.ContentLength ?? 0 };
      } catch (err) {
        if (isMissing(err)) return null;
        throw err;
      }
    },

    async delete(key: string) {
      await client.send(new DeleteObjectCommand({ Bucket, Key: objectKey(key) }));
    },

    async *list(prefix = ""): AsyncIterable<BlobInfo> {
      let token: string | undefined;
      do {
        const res = await client.send(
          new ListObjectsV2Command({
            Bucket,
            Prefix: `${opts.prefix}${prefix}`,
            ContinuationToken: token,
          }),
        );
        for (const o of res.Contents ?? []) {
          if (!o.Key) continue;
          yield {
            key: o.Key.slice(opts.prefix.length),
            size: o.Size ?? 0,
            lastModified: o.LastModified ?? new Date(0),
          };
        }
        token = res.IsTruncated ? res.NextContinuationToken : undefined;
      } while (token);
    },

    async *listIncomplete(): AsyncIterable<IncompleteWrite> {
      let KeyMarker: string | undefined;
      let UploadIdMarker: string | undefined;
      do {
        const res = await client.send(
          new ListMultipartUploadsCommand({
            Bucket,
            Prefix: opts.prefix,
            KeyMarker,
            UploadIdMarker,
          }),
        );
        for (const u of res.Uploads ?? []) {
          if (!u.Key || !u.UploadId) continue;
          const key = u.Key.slice(opts.prefix.length);
          yield {
            key: isKey(key) ? key : null,
            since: u.Initiated ?? new Date(0),
            ref: JSON.stringify([u.Key, u.UploadId]),
          };
        }
        const more = res.IsTruncated === true;
        KeyMarker = more ? res.NextKeyMarker : undefined;
        UploadIdMarker = more ? res.NextUploadIdMarker : undefined;
      } while (KeyMarker);
    },

    async discardIncomplete(write: IncompleteWrite) {
      const [Key, UploadId] = JSON.parse(write.ref) as [string, string];
      await client
        .send(new AbortMultipartUploadCommand({ Bucket, Key, UploadId }))
        .catch((err: unknown) => {
          if (!isMissing(err)) throw err;
        });
    },
  };
}
