import type { RouterOutputs } from "@consortia/api/client";

export type ReportDetail = RouterOutputs["periodReports"]["get"];
export type ReportMeta = ReportDetail["meta"];
export type ReportModel = ReportDetail["model"];
export type ReportIndicator = ReportModel["indicators"][number];
export type ReportDocument = ReportModel["annexes"][number];
export type ReportWorkPackage = ReportModel["workPackages"][number];
export type Achievement = NonNullable<ReportWorkPackage["achievement"]>;
export type Contributions = RouterOutputs["periodReports"]["contributions"]["list"];
export type ReportClaim = NonNullable<ReportModel["claim"]>;
export type CertificateChoices = RouterOutputs["periodReports"]["certificates"];
