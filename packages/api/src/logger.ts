import pino from "pino";
import { readLogLevel } from "./config";

export const logger = pino({
  level: readLogLevel(),
  redact: ["*.password", "*.token", "*.newPassword", "*.currentPassword"],
});
export type Logger = typeof logger;
