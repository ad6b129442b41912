import path from "node:path";
import { z } from "zod";
import { createLocalStore } from "./local";
import { createS3Store } from "./s3";
import type { BlobStore } from "./types";

const flag = z
  .enum(["true", "false", "1", "0"])
  .optional()
  .transform((v) => v === "true" || v === "1");

const schema = z.discriminatedUnion("STORAGE_DRIVER", [
  z.object({ STORAGE_DRIVER: z.literal("local"), STORAGE_DIR: z.string().min(1).optional() }),
  z.object({
    STORAGE_DRIVER: z.literal("s3"),
    S3_BUCKET: z.string().min(3, "S3_BUCKET is required when STORAGE_DRIVER=s3"),
    S3_REGION: z.string().min(1).default("us-east-1"),
    S3_ENDPOINT: z.url().optional(),
    S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    S3_FORCE_PATH_STYLE: flag,
    S3_PREFIX: z
      .string()
      .regex(/^([a-z0-9][a-z0-9_-]*\/)*$/, "S3_PREFIX must look like `consortia/`")
      .default(""),
  }),
]);

export type StorageConfig = z.infer<typeof schema>;

/** Reads STORAGE_* and S3_* once. `dataDir` is the app's data folder (local default). */
export function readStorageConfig(env: NodeJS.ProcessEnv = process.env): StorageConfig {
  const clean = Object.fromEntries(
    Object.entries(env).filter(([k, v]) => /^(STORAGE_|S3_)/.test(k) && v !== ""),
  );
  return schema.parse({ STORAGE_DRIVER: "local", ...clean });
}

export function createBlobStore(config: StorageConfig, dataDir: string): BlobStore {
  if (config.STORAGE_DRIVER === "local") {
    return createLocalStore(config.STORAGE_DIR ?? path.join(dataDir, "storage"));
  }
  return createS3Store({
    bucket: config.S3_BUCKET,
    region: config.S3_REGION,
    endpoint: config.S3_ENDPOINT,
    accessKeyId: config.S3_ACCESS_KEY_ID,
    secretAccessKey: config.S3_SECRET_ACCESS_KEY,
    forcePathStyle: config.S3_FORCE_PATH_STYLE,
    prefix: config.S3_PREFIX,
  });
}
