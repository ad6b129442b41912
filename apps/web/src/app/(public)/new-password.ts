import { z } from "zod";

/** A new password typed twice; the minimum length comes from the auth package via the page. */
export function newPasswordShape(minLength: number) {
  return {
    password: z
      .string()
      .min(minLength, `At least ${minLength} characters`)
      .max(200, "At most 200 characters"),
    repeat: z.string().min(1, "Type the password again"),
  };
}

export function checkRepeat(v: { password: string; repeat: string }, ctx: z.RefinementCtx) {
  if (v.repeat && v.password !== v.repeat)
    ctx.addIssue({ code: "custom", path: ["repeat"], message: "The two passwords differ" });
}
