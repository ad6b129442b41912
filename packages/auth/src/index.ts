export { authenticate, type SignInAttempt, type SignInResult } from "./authenticate";
export { type AuthConfig, type ProxyConfig, readAuthConfig, readProxyConfig } from "./config";
export { addressKey, clientAddress, dropForwardedHeaders, isSameOrigin } from "./forwarded";
export {
  checkLoginThrottle,
  clearLoginLocks,
  SIGN_IN_POLICY,
  type SignInPolicy,
} from "./login-throttle";
export { hashPassword, PASSWORD_MIN_LENGTH, verifyPassword } from "./password";
export { safeCallbackPath } from "./redirect";
export {
  RESET_REQUEST_POLICY,
  type ResetRequestPolicy,
  throttleResetRequest,
} from "./reset-throttle";
export {
  type Actor,
  activeSessionQuery,
  actorFromSession,
  createSession,
  isSessionId,
  resolveActor,
  revokeAllSessions,
  revokeSession,
} from "./session";
export type { ThrottleVerdict } from "./throttle";
export { createToken, hashToken } from "./tokens";
