"use client";

import { deferred } from "@/components/deferred";

// The charts (recharts) and the dialogs load after the page (see deferred).
export const CompletionChart = deferred(() =>
  import("./completion-chart").then((m) => m.CompletionChart),
);
export const LearningChart = deferred(() =>
  import("@/components/learning-chart").then((m) => m.LearningChart),
);
export const TargetsDialog = deferred(() =>
  import("./targets-dialog").then((m) => m.TargetsDialog),
);
export const RemindDialog = deferred(() => import("./remind-dialog").then((m) => m.RemindDialog));
