import { newPassword } from "@consortia/api/schemas";
import { z } from "zod";

export { PASSWORD_MIN_LENGTH } from "@consortia/auth/rules";

/** A new password typed twice: the server's own rule, plus the repeat only a form needs. */
export const newPasswordShape = {
  password: newPassword,
  repeat: z.string().min(1, "Type the password again"),
};

export function checkRepeat(v: { password: string; repeat: string }, ctx: z.RefinementCtx) {
  if (v.repeat && v.password !== v.repeat)
    ctx.addIssue({ code: "custom", path: ["repeat"], message: "The two passwords differ" });
}
