import { z } from "zod";

/** A learning target on the desk; null leaves it unset. */
export const learningTarget = z
  .number("Give a number")
  .int("Give a whole number")
  .min(0, "Not negative")
  .max(1000, "At most 1000")
  .nullable();
