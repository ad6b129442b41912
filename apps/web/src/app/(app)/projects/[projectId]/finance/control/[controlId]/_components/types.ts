import type { RouterOutputs } from "@consortia/api/client";

type Got = RouterOutputs["control"]["get"];
export type ControlItem = NonNullable<Got["items"]>[number];
export type ErrorTypeOption = Got["errorTypes"][number];
