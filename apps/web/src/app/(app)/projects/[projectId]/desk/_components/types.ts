import type { RouterOutputs } from "@consortia/api/client";

export type Desk = RouterOutputs["desk"]["summary"];
export type Figure = Desk["overdue"];
export type DeskFigure = Desk["byPartner"][number]["total"];
export type MoneySummary = RouterOutputs["moneyDesk"]["summary"];
