export { authenticate, type SignInAttempt, type SignInResult } from "./authenticate";
export { type AuthConfig, readAuthConfig } from "./config";
export { hashPassword, PASSWORD_MIN_LENGTH, verifyPassword } from "./password";
export {
  type Actor,
  createSession,
  resolveActor,
  revokeAllSessions,
  revokeSession,
} from "./session";
export {
  checkLoginThrottle,
  DEFAULT_THROTTLE,
  recordLoginFailure,
  type ThrottleLimits,
} from "./throttle";
export { createToken, hashToken } from "./tokens";
