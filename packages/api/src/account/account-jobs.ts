import { z } from "zod";
import { defineJob } from "../jobs/define";
import { mailPasswordReset } from "./password-reset";

/**
 * The password-reset mail, sent after the request has been answered (see
 * `requestPasswordReset`): the answer must not take longer when the account exists.
 */
export const accountPasswordResetMailJob = defineJob({
  name: "account.password-reset-mail",
  data: z.strictObject({ email: z.string().max(320) }),
  retryLimit: 2,
  retryDelaySeconds: 30,
  async handle({ email }, { deps, now }) {
    return mailPasswordReset(deps, email, now());
  },
});
