import { PASSWORD_MIN_LENGTH } from "@consortia/auth/rules";
import { z } from "zod";

export const newPassword = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `At least ${PASSWORD_MIN_LENGTH} characters`)
  .max(200, "At most 200 characters");

export const personName = z
  .string()
  .trim()
  .min(2, "At least 2 characters")
  .max(120, "At most 120 characters");

export const linkToken = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, "This link is not valid");
