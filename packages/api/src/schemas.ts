// Client-safe input schemas, shared by forms and procedures.
export { linkToken, newPassword, personName } from "./account/schemas";
export {
  checkFileName,
  documentMetadata,
  folderName,
  LANGUAGES,
  SORTS,
  tagList,
} from "./documents/schemas";
export { checkRolePartner, email, roleAndPartner } from "./members/schemas";
export { COUNTRIES, partnerFields } from "./partners/schemas";
export { checkProjectDates, projectFields } from "./projects/schemas";
