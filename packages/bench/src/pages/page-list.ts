/** The pages whose weight issue 17 sets goals for, by the name the budget file uses. */
export const PAGE_NAMES = ["home", "documents", "desk", "work-plan", "report"] as const;
export type PageName = (typeof PAGE_NAMES)[number];

/** The reporting period whose report page is measured (the demo's consolidation under way). */
export const REPORT_PERIOD = 2;

export function pagePath(name: PageName, projectId: string): string {
  const base = `/projects/${projectId}`;
  switch (name) {
    case "home":
      return base;
    case "report":
      return `${base}/reports/${REPORT_PERIOD}`;
    default:
      return `${base}/${name}`;
  }
}
