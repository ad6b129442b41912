/** The pages the accessibility test visits, and who visits them. */
export type Who = "anonymous" | "lead" | "admin";

/** Records the pages below need; a final action plan is made here, the demo seeds none. */
export type Records = {
  practice: string;
  event: string;
  plan: string;
  partner: string;
  /** A finished demo control (Stockholm, period 1). */
  control: string;
};

export const PAGES: Array<{
  name: string;
  who: Who;
  path: (projectId: string, records: Records) => string;
}> = [
  { name: "sign-in", who: "anonymous", path: () => "/sign-in" },
  { name: "reset password", who: "anonymous", path: () => "/reset-password" },
  { name: "projects", who: "lead", path: () => "/projects" },
  { name: "project overview", who: "lead", path: (id) => `/projects/${id}` },
  { name: "partners", who: "lead", path: (id) => `/projects/${id}/partners` },
  { name: "members", who: "lead", path: (id) => `/projects/${id}/members` },
  { name: "audit", who: "lead", path: (id) => `/projects/${id}/audit` },
  { name: "documents", who: "lead", path: (id) => `/projects/${id}/documents` },
  {
    name: "document search",
    who: "lead",
    path: (id) => `/projects/${id}/documents/search?q=cluster`,
  },
  { name: "trash", who: "lead", path: (id) => `/projects/${id}/documents/trash` },
  { name: "work plan", who: "lead", path: (id) => `/projects/${id}/work-plan` },
  { name: "deliverables", who: "lead", path: (id) => `/projects/${id}/deliverables` },
  {
    name: "deliverables filtered",
    who: "lead",
    path: (id) => `/projects/${id}/deliverables?status=submitted`,
  },
  { name: "desk", who: "lead", path: (id) => `/projects/${id}/desk` },
  { name: "finance", who: "lead", path: (id) => `/projects/${id}/finance` },
  { name: "money desk", who: "lead", path: (id) => `/projects/${id}/finance/desk` },
  { name: "budget", who: "lead", path: (id) => `/projects/${id}/finance/budget` },
  {
    name: "list of expenditure",
    who: "lead",
    path: (id, r) => `/projects/${id}/finance/expenditure?partner=${r.partner}&period=2`,
  },
  { name: "financial reports", who: "lead", path: (id) => `/projects/${id}/finance/reports` },
  {
    name: "financial report",
    who: "lead",
    path: (id, r) => `/projects/${id}/finance/reports/2/${r.partner}`,
  },
  { name: "contracts", who: "lead", path: (id) => `/projects/${id}/finance/contracts` },
  { name: "exchange rates", who: "lead", path: (id) => `/projects/${id}/finance/rates` },
  { name: "first-level control", who: "lead", path: (id) => `/projects/${id}/finance/control` },
  {
    name: "a control",
    who: "lead",
    path: (id, r) => `/projects/${id}/finance/control/${r.control}`,
  },
  {
    name: "a control's checklist",
    who: "lead",
    path: (id, r) => `/projects/${id}/finance/control/${r.control}/checklist`,
  },
  {
    name: "a control's clarifications",
    who: "lead",
    path: (id, r) => `/projects/${id}/finance/control/${r.control}/clarifications`,
  },
  { name: "payments", who: "lead", path: (id) => `/projects/${id}/finance/payments` },
  {
    name: "financial corrections",
    who: "lead",
    path: (id) => `/projects/${id}/finance/corrections`,
  },
  { name: "control checklists", who: "lead", path: (id) => `/projects/${id}/finance/checklists` },
  {
    name: "money desk, cumulative",
    who: "lead",
    path: (id) => `/projects/${id}/finance/desk?period=2&view=cumulative`,
  },
  { name: "indicators", who: "lead", path: (id) => `/projects/${id}/indicators` },
  { name: "reports", who: "lead", path: (id) => `/projects/${id}/reports` },
  { name: "period report", who: "lead", path: (id) => `/projects/${id}/reports/1` },
  {
    name: "report text blocks",
    who: "lead",
    path: (id) => `/projects/${id}/reports/1/text-blocks`,
  },
  { name: "report compare", who: "lead", path: (id) => `/projects/${id}/reports/1/compare` },
  { name: "learning events", who: "lead", path: (id) => `/projects/${id}/learning` },
  {
    name: "learning timeline",
    who: "lead",
    path: (id) => `/projects/${id}/learning?view=timeline&month=2025-04`,
  },
  { name: "log a learning event", who: "lead", path: (id) => `/projects/${id}/learning/new` },
  { name: "good practices", who: "lead", path: (id) => `/projects/${id}/practices` },
  { name: "describe a good practice", who: "lead", path: (id) => `/projects/${id}/practices/new` },
  { name: "policy overview", who: "lead", path: (id) => `/projects/${id}/policy` },
  { name: "learning chain", who: "lead", path: (id) => `/projects/${id}/policy/chain` },
  { name: "policy improvements", who: "lead", path: (id) => `/projects/${id}/improvements` },
  { name: "record an improvement", who: "lead", path: (id) => `/projects/${id}/improvements/new` },
  { name: "policy instruments", who: "lead", path: (id) => `/projects/${id}/instruments` },
  {
    name: "add a policy instrument",
    who: "lead",
    path: (id) => `/projects/${id}/instruments/new`,
  },
  { name: "action plans", who: "lead", path: (id) => `/projects/${id}/action-plans` },
  {
    name: "a good practice",
    who: "lead",
    path: (id, r) => `/projects/${id}/practices/${r.practice}`,
  },
  { name: "a learning event", who: "lead", path: (id, r) => `/projects/${id}/learning/${r.event}` },
  {
    name: "an action plan",
    who: "lead",
    path: (id, r) => `/projects/${id}/action-plans/${r.plan}`,
  },
  {
    name: "monitoring",
    who: "lead",
    path: (id, r) => `/projects/${id}/action-plans/${r.plan}/monitoring`,
  },
  { name: "start an action plan", who: "lead", path: (id) => `/projects/${id}/action-plans/new` },
  { name: "notifications", who: "lead", path: () => "/notifications" },
  { name: "profile", who: "lead", path: () => "/profile" },
  { name: "admin", who: "admin", path: () => "/admin" },
];
