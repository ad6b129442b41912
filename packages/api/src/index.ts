export { type ApiConfig, DEMO_PASSWORD_DEFAULT, readApiConfig } from "./config";
export {
  type ApiDeps,
  type Context,
  createContext,
  createRequestContext,
  type RequestContext,
} from "./context";
export { handleControlCertificatePdf } from "./control/control-pdf";
export { handleDownload, handleNewVersion, handleUpload } from "./documents/http";
export { SEARCH_CAP } from "./documents/search";
export { handleZip } from "./documents/zip";
export { DomainError, HTTP_STATUS } from "./errors";
export { handleBudgetTemplate } from "./finance/budget-template";
export { handleExpenditureExport } from "./finance/export-table";
export { handleExpenditureTemplate } from "./finance/items-template";
export { handleFinancialReportPdf } from "./finance/report-pdf";
export { handleGoodPracticeExport } from "./learning/http";
export { logger } from "./logger";
export { createMailer, type Mailer, type MailMessage } from "./mail/mailer";
export { handleCalendarFeed } from "./notifications/calendar";
export { handlePeriodReportExport } from "./period-reports/http";
export { handleActionPlanExport } from "./policy-export/http";
export {
  type AppRouter,
  appRouter,
  createCaller,
  type RouterInputs,
  type RouterOutputs,
} from "./root";
export { getServerDeps, getServerState, startJobs } from "./server";
