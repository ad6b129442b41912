// Client-safe input schemas, shared by forms and procedures.
export { linkToken, newPassword, personName } from "./account/schemas";
export { checkRolePartner, email, roleAndPartner } from "./members/schemas";
export { COUNTRIES, partnerFields } from "./partners/schemas";
export { checkProjectDates, projectFields } from "./projects/schemas";
