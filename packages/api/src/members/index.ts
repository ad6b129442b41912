/**
 * The members room's public entry point: what other rooms may use. Everything else in this
 * folder is the room's own.
 */
export { insertInvitation, sendInvitation } from "./invitations";
export { email } from "./schemas";
