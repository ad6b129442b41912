import { PassThrough, type Writable } from "node:stream";
import {
  PERIOD_REPORT_FORMAT,
  PERIOD_REPORT_FORMAT_VERSION,
  type PeriodReportModel,
  type ReportDocument,
} from "./model";

/**
 * A consolidated report for the renderer tests, with no database behind it: Polish, Czech and
 * Greek text (ł, ř, Ω must print), user text that looks like a spreadsheet formula, long
 * narratives, and `rows` deliverables and outputs so tables must break across pages.
 */
export const HOSTILE = ['=HYPERLINK("http://x","y")', "+1", "-2", "@SUM(A1)", "\tx", "\rx"];

const partners = [
  { id: "p-1", shortName: "Hovedstaden", name: "Region Hovedstaden", country: "DK" },
  { id: "p-2", shortName: "Małopolska", name: "Województwo Małopolskie", country: "PL" },
  { id: "p-3", shortName: "Jihomoravský", name: "Jihomoravský kraj – Brno", country: "CZ" },
  { id: "p-4", shortName: "Κρήτη", name: "Περιφέρεια Κρήτης (Ωmega)", country: "EL" },
] as const;

const doc = (i: number, visibility: ReportDocument["visibility"] = "partnership") => {
  const owner = partners[i % partners.length] ?? partners[0];
  return {
    id: `doc-${i}`,
    title: i === 1 ? (HOSTILE[0] ?? "") : `Evidence ${i}: zpráva ř ł Ω`,
    fileName: `evidence-${i}.pdf`,
    category: "report",
    ownerPartnerId: owner.id,
    ownerPartner: owner.shortName,
    visibility,
    updatedAt: `2026-0${1 + (i % 6)}-1${i % 10}T09:30:00.000Z`,
  } satisfies ReportDocument;
};

const LONG =
  "Stakeholders from hospitals, SMEs and universities met four times; Paweł Łukasiewicz " +
  "chaired the Kraków workshop and the Brno speed dating (Dřevo & Ωmega) drew 40 companies. ";

export function sampleReport(rows = 12): PeriodReportModel {
  const annexes = Array.from({ length: Math.max(3, Math.ceil(rows / 4)) }, (_, i) => doc(i));
  const wps = [1, 2, 3].map((n) => ({
    id: `wp-${n}`,
    number: n,
    title: n === 2 ? "Exchange of experience – výměna zkušeností" : `Work package ${n}`,
    leadPartner: partners[n - 1]?.shortName ?? "",
    achievement: n === 1 ? ("fully" as const) : n === 2 ? ("partly" as const) : null,
    explanation: n === 2 ? `${HOSTILE[1] ?? ""} two events moved to the next period.` : "",
  }));
  return {
    format: PERIOD_REPORT_FORMAT,
    formatVersion: PERIOD_REPORT_FORMAT_VERSION,
    generatedAt: "2026-07-15T10:20:30.000Z",
    project: {
      id: "11111111-1111-4111-8111-111111111111",
      acronym: "MEDTECH-S3",
      title: "Smart specialisation for MedTech – Łódź, Ostrava, Ηράκλειο",
      programme: "Interreg Europe",
    },
    period: { number: 3, start: "2026-01-01", end: "2026-06-30" },
    report: {
      status: "submitted",
      version: 2,
      submittedAt: "2026-07-15T10:20:30.000Z",
      submittedBy: "Bea Blue",
    },
    highlights: `${HOSTILE[3]} The partnership held its first peer review in Brno (ř) and Kraków (ł).\n\n${LONG.repeat(3)}`,
    partners: partners.map((p, i) => ({ ...p, role: i === 0 ? "lead" : "partner" })),
    contributions: partners.map((p, i) => ({
      partnerId: p.id,
      partner: p.shortName,
      status: i === 3 ? "not_started" : "submitted",
      submittedAt: i === 3 ? null : `2026-07-0${i + 1}T08:00:00.000Z`,
      activities: i === 3 ? "" : `${HOSTILE[i] ?? ""} ${LONG.repeat(i + 1)}`,
      stakeholderInvolvement: i === 3 ? "" : "Two stakeholder group meetings.",
      communication: i === 3 ? "" : "Newsletter in Polish and English.",
      difficultiesDeviations: i === 1 ? (HOSTILE[5] ?? "") : "",
    })),
    workPackages: wps,
    deliverables: Array.from({ length: rows }, (_, i) => ({
      id: `d-${i}`,
      code: `D${1 + (i % 3)}.${i + 1}`,
      title: i === 0 ? (HOSTILE[2] ?? "") : `Deliverable ${i + 1} – analýza ř Ω`,
      kind: i % 4 === 3 ? ("output" as const) : ("deliverable" as const),
      workPackageNumber: 1 + (i % 3),
      responsiblePartner: partners[i % partners.length]?.shortName ?? "",
      dueDate: `2026-0${1 + (i % 6)}-28`,
      status: i % 2 ? "approved" : "in_progress",
      approvedOn: i % 2 ? `2026-0${1 + (i % 6)}-20` : null,
      targetValue: i % 4 === 3 ? 10 : null,
      achievedValue: i % 4 === 3 ? 7.5 : null,
      evidence: i % 2 ? [doc(i)] : [],
    })),
    outputs: Array.from({ length: rows }, (_, i) => ({
      kind:
        (
          [
            "learning_event",
            "peer_review",
            "good_practice",
            "action_plan",
            "policy_improvement",
          ] as const
        )[i % 5] ?? "learning_event",
      id: `o-${i}`,
      title: i === 0 ? (HOSTILE[4] ?? "") : `Output ${i + 1}: Ωmega study visit in Łódź`,
      partner: partners[i % partners.length]?.shortName ?? "",
      date: `2026-0${1 + (i % 6)}-0${1 + (i % 9)}`,
      status: i % 3 ? "validated" : null,
      evidence: i % 3 === 0 ? [doc(i + 1)] : [],
    })),
    indicators: [
      indicator("GP", "Good practices identified", "count", 20, 6, 3, [2, 1]),
      indicator(
        "PEOPLE",
        "People with increased professional capacity",
        "people",
        150,
        40,
        25,
        [20, 5],
      ),
      indicator(
        "FUNDS",
        "Funds mobilised for the policy instruments",
        "eur",
        1_000_000,
        100000.5,
        0.25,
        [],
      ),
      {
        ...indicator("PILOT", "Pilot actions developed jointly", "count", null, 0, 1, []),
        source: "manual",
        entered: true,
        justification: `${HOSTILE[0]} letter of 2026-05-02`,
      },
    ],
    annexes,
  };
}

function indicator(
  code: string,
  name: string,
  unit: PeriodReportModel["indicators"][number]["unit"],
  target: number | null,
  previously: number,
  thisPeriod: number,
  split: number[],
): PeriodReportModel["indicators"][number] {
  const cumulative = Math.round((previously + thisPeriod) * 100) / 100;
  return {
    id: `ind-${code}`,
    code,
    name,
    unit,
    source: "computed",
    target,
    previously,
    thisPeriod,
    cumulative,
    percentOfTarget: target ? Math.round((cumulative / target) * 1000) / 10 : null,
    entered: false,
    justification: null,
    byPartner: split.map((value, i) => ({
      partnerId: partners[i]?.id ?? "",
      partner: partners[i]?.shortName ?? "",
      value,
    })),
  };
}

/** Everything a renderer writes, collected (tests only: real exports stream). */
export async function bytesOf(render: (out: Writable) => Promise<void>): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (c: Buffer) => chunks.push(c));
  await render(out);
  return Buffer.concat(chunks);
}
