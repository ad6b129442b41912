"use client";

import { deferred } from "@/components/deferred";

// The chart, forms and dialogs load after the page (see deferred).
export const IndicatorsChart = deferred(() =>
  import("./indicators-chart").then((m) => m.IndicatorsChart),
);
export const ReturnDialog = deferred(() =>
  import("../../_components/return-dialog").then((m) => m.ReturnDialog),
);
export const ReopenDialog = deferred(() => import("./reopen-dialog").then((m) => m.ReopenDialog));
export const VersionPicker = deferred(() =>
  import("./version-picker").then((m) => m.VersionPicker),
);
export const AnnexesSection = deferred(() =>
  import("./annexes-section").then((m) => m.AnnexesSection),
);
export const ConsolidationForm = deferred(() =>
  import("./consolidation-form").then((m) => m.ConsolidationForm),
);
export const ExportPanel = deferred(() => import("./export-panel").then((m) => m.ExportPanel));
