import type { DeliverableKind, DeliverableStatus } from "../workplan-schema";
import { demoRegionKeys as regions } from "./demo-workplan";

export type DemoDeliverable = {
  code: string;
  title: string;
  description: string;
  kind: DeliverableKind;
  wp: number;
  activityKey: string | null;
  responsibleKey: string;
  contributorKeys: string[];
  due: string;
  target?: number;
  achieved?: number;
  status: DeliverableStatus;
  /** For a deliverable that went through "changes requested": the lead's comment. */
  changesRequested?: string;
};

const d = (
  code: string,
  title: string,
  wp: number,
  activityKey: string | null,
  responsibleKey: string,
  due: string,
  status: DeliverableStatus,
  more: Partial<DemoDeliverable> = {},
): DemoDeliverable => ({
  code,
  title,
  description: more.description ?? "",
  kind: more.kind ?? "deliverable",
  wp,
  activityKey,
  responsibleKey,
  contributorKeys: more.contributorKeys ?? [],
  due,
  status,
  ...more,
});

export const demoDeliverables: DemoDeliverable[] = [
  d(
    "D1.1",
    "Partnership agreement and project handbook",
    1,
    "a1.1",
    "dk",
    "2025-05-31",
    "approved",
  ),
  d("D1.2", "Joint progress report, period 1", 1, "a1.2", "dk", "2025-11-30", "approved"),
  d("D1.3", "Joint progress report, period 2", 1, "a1.2", "dk", "2026-05-31", "approved"),
  d("D1.4", "Joint progress report, period 3", 1, "a1.2", "dk", "2026-11-30", "in_progress"),
  d("D1.5", "Mid-term review", 1, "a1.2", "dk", "2027-02-28", "planned"),
  d(
    "D2.1",
    "Self-assessment methodology for MedTech S3",
    2,
    "a2.1",
    "kth",
    "2025-08-31",
    "approved",
    {
      contributorKeys: ["se"],
    },
  ),
  d("O2.1", "Regional self-assessment reports", 2, "a2.1", "se", "2026-02-28", "approved", {
    kind: "output",
    target: 10,
    achieved: 10,
    contributorKeys: ["dk", "it", "nl", "es", "fr", "fi", "pl", "ie", "de"],
  }),
  d(
    "D2.2",
    "Peer review report: Capital Region of Denmark (ReVUS)",
    2,
    "a2.2",
    "se",
    "2026-06-30",
    "approved",
    {
      contributorKeys: ["dk", "it"],
    },
  ),
  d("D2.3", "Peer review report: Lombardy", 2, "a2.2", "fi", "2026-09-30", "changes_requested", {
    contributorKeys: ["it", "pl"],
    changesRequested:
      "Please add the host's follow-up to-do list of recommendations and the list of peers.",
  }),
  d(
    "D2.4",
    "Thematic seminar: SME access to hospital procurement",
    2,
    "a2.3",
    "es",
    "2026-10-31",
    "submitted",
    {
      contributorKeys: ["se", "nl"],
    },
  ),
  d(
    "D2.5",
    "Study visit report: Stockholm MED-X speed dating",
    2,
    "a2.3",
    "se",
    "2026-10-15",
    "in_progress",
    {
      description:
        "Speed dating between MedTech companies and care providers, think tanks, pilots.",
      contributorKeys: ["kth"],
    },
  ),
  d("D2.6", "Peer review report: Pomorskie", 2, "a2.2", "pl", "2026-11-10", "planned", {
    contributorKeys: ["de", "ie"],
  }),
  d(
    "D2.7",
    "Staff exchange report: Helsinki-Uusimaa health tech hubs",
    2,
    "a2.3",
    "fi",
    "2026-12-15",
    "planned",
  ),
  d(
    "O2.2",
    "Good practices identified and validated",
    2,
    "a2.4",
    "it",
    "2028-02-29",
    "in_progress",
    {
      kind: "output",
      target: 20,
      achieved: 12,
      contributorKeys: ["dk", "se", "nl", "es", "fr", "fi", "pl", "ie", "de"],
    },
  ),
  d("D3.1", "Action plan template and guidance", 3, "a3.1", "it", "2027-01-31", "planned"),
  d("O3.1", "Regional action plans", 3, "a3.1", "it", "2028-02-29", "planned", {
    kind: "output",
    target: 10,
  }),
  d("D3.2", "Policy improvement monitoring report", 3, "a3.2", "dk", "2029-02-28", "planned"),
  d("D4.1", "Communication strategy", 4, "a4.2", "nl", "2025-06-30", "approved"),
  d("D4.2", "Project website and social media channels", 4, "a4.2", "nl", "2025-09-30", "approved"),
  d("O4.1", "Regional stakeholder group meetings", 4, "a4.1", "ie", "2029-02-28", "in_progress", {
    kind: "output",
    target: 40,
    achieved: 18,
    contributorKeys: regions.filter((r) => r !== "ie"),
  }),
  d("D4.3", "Final conference in Berlin", 4, "a4.2", "de", "2029-01-31", "planned", {
    contributorKeys: ["dk", "nl"],
  }),
];
