"use client";

import { deferred } from "@/components/deferred";

// Loaded only when a report page fails: every report page ships this boundary, and its
// Alert and Button (class merging) would weigh on each first load.
export default deferred(() => import("./_components/error-view").then((m) => m.ReportsError));
