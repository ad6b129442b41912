import type { RouterOutputs } from "@consortia/api/client";

export type IndicatorList = RouterOutputs["indicators"]["list"];
export type Indicator = IndicatorList["indicators"][number];
export type IndicatorPeriod = Indicator["periods"][number];
export type ReportingPeriod = IndicatorList["periods"][number];
export type PartnerRef = IndicatorList["partners"][number];
