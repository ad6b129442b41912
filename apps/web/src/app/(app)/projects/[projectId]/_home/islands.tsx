"use client";

import { deferred } from "@/components/deferred";

// The charts (recharts) and the details form load after the page (see deferred).
export const HomeChart = deferred(() => import("./indicators-chart").then((m) => m.HomeChart));
export const TargetChart = deferred(() => import("./target-chart").then((m) => m.TargetChart));
export const ProjectDetailsForm = deferred(() =>
  import("../project-details-form").then((m) => m.ProjectDetailsForm),
);
