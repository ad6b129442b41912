import type { LearningEventKind, ParticipantRole, RecommendationStatus } from "../learning-schema";

export type DemoParticipant =
  | { user: string; role: ParticipantRole; capacity?: boolean }
  | {
      guest: string;
      organisation: string;
      partnerKey: string | null;
      country?: string;
      role: ParticipantRole;
      capacity?: boolean;
    };

export type DemoEvent = {
  key: string;
  kind: LearningEventKind;
  title: string;
  hostKey: string;
  start: string;
  end: string;
  place: { city: string; country: string } | "online";
  themes: string[];
  policyInstrument?: string;
  summary: string;
  policyChallenge?: string;
  findings?: string;
  createdBy: string;
  participants: DemoParticipant[];
  recommendations?: { text: string; status: RecommendationStatus }[];
};

const p = (user: string, role: ParticipantRole = "participant", capacity = true) => ({
  user: `${user}@consortia.demo`,
  role,
  capacity,
});

/** The partnership's first semesters of interregional learning (and one visit still to come). */
export const demoEvents: DemoEvent[] = [
  {
    key: "kickoff",
    kind: "interregional_workshop",
    title: "Kick-off meeting and thematic seminar: MedTech in the regions' S3",
    hostKey: "dk",
    start: "2025-04-08",
    end: "2025-04-09",
    place: { city: "Copenhagen", country: "DK" },
    themes: ["s3 governance", "innovation ecosystem"],
    summary:
      "Each region presented how MedTech appears in its smart specialisation strategy and which " +
      "policy instrument it wants to improve. The partners agreed the peer-review calendar and " +
      "a common template for describing good practices.",
    createdBy: "lead@consortia.demo",
    participants: [
      p("lead", "host"),
      p("anna.berg"),
      p("giulia.rossi"),
      p("sanne.devries"),
      p("jordi.puig"),
      p("claire.martin"),
      p("mikko.virtanen"),
      p("kasia.nowak"),
      p("aoife.byrne"),
      p("jonas.weber"),
      p("erik.lindqvist", "speaker"),
      {
        guest: "Henrik Sørensen",
        organisation: "Copenhagen EU Office",
        partnerKey: "dk",
        role: "speaker",
      },
    ],
  },
  {
    key: "stakeholders-dk",
    kind: "stakeholder_meeting",
    title: "Regional stakeholder group: MedTech priorities for the next ReVUS",
    hostKey: "dk",
    start: "2025-05-20",
    end: "2025-05-20",
    place: { city: "Hillerød", country: "DK" },
    themes: ["s3 governance"],
    policyInstrument: "Regional growth and development strategy (ReVUS)",
    summary:
      "Municipalities, hospitals and the MedTech cluster discussed which initiatives the next " +
      "ReVUS should carry forward, and which questions the project's peer reviews should answer.",
    createdBy: "lead@consortia.demo",
    participants: [
      p("lead", "host"),
      {
        guest: "Lone Kjær",
        organisation: "Gentofte Municipality",
        partnerKey: "dk",
        role: "stakeholder",
      },
      {
        guest: "Rasmus Holm",
        organisation: "Medicon Valley Alliance",
        partnerKey: "dk",
        role: "stakeholder",
      },
      {
        guest: "Birgitte Dahl",
        organisation: "Rigshospitalet",
        partnerKey: "dk",
        role: "stakeholder",
      },
    ],
  },
  {
    key: "visit-it",
    kind: "study_visit",
    title: "Study visit: Lombardy's life-sciences cluster and technology transfer",
    hostKey: "it",
    start: "2025-06-17",
    end: "2025-06-18",
    place: { city: "Milan", country: "IT" },
    themes: ["technology transfer", "sme access"],
    policyInstrument: "ERDF Regional Programme Lombardy 2021-2027",
    summary:
      "Visits to the cluster, a hospital innovation office and two start-ups. The open calls in " +
      "which hospitals publish unmet clinical needs drew the most questions from the visitors.",
    createdBy: "giulia.rossi@consortia.demo",
    participants: [
      p("giulia.rossi", "host"),
      p("anna.berg"),
      p("jordi.puig"),
      p("kasia.nowak"),
      p("aoife.byrne"),
      {
        guest: "Marco Ferri",
        organisation: "Cluster Lombardo Scienze della Vita",
        partnerKey: "it",
        role: "speaker",
      },
    ],
  },
  {
    key: "peer-se",
    kind: "peer_review",
    title: "Peer review: opening Stockholm's hospitals to MedTech SMEs",
    hostKey: "se",
    start: "2025-10-14",
    end: "2025-10-15",
    place: { city: "Stockholm", country: "SE" },
    themes: ["procurement", "sme access", "testbeds"],
    policyInstrument: "Regional development plan for the Stockholm region (RUFS 2050)",
    summary:
      "Two days with the MED-X process management team, Karolinska's innovation unit and " +
      "companies that took part in think tanks and speed-dating sessions with care providers.",
    policyChallenge:
      "Region Stockholm runs some of Europe's largest university hospitals, yet MedTech SMEs " +
      "find it hard to get innovations tested and bought: procurement favours established " +
      "suppliers, clinicians have little time for pilots, and there is no single entry point. " +
      "How can the region use RUFS 2050 and its innovation procurement to give SMEs a fair " +
      "route from pilot to purchase?",
    findings:
      "The peers found strong building blocks (the MED-X process management function, think " +
      "tanks, speed dating between companies and care providers) but no path that carries a " +
      "successful pilot into procurement. Hospitals publish needs irregularly, SMEs meet a " +
      "different contact point in each hospital, and pilot budgets end before a purchase can be " +
      "decided. Lombardy's open calls and Helsinki's testbed agreements look directly transferable.",
    createdBy: "anna.berg@consortia.demo",
    participants: [
      p("anna.berg", "host"),
      p("erik.lindqvist", "host"),
      p("giulia.rossi", "peer"),
      p("sanne.devries", "peer"),
      p("mikko.virtanen", "peer"),
      p("lead", "participant"),
      {
        guest: "Johan Ek",
        organisation: "Karolinska University Hospital",
        partnerKey: "se",
        role: "stakeholder",
      },
      {
        guest: "Helen Walsh",
        organisation: "Interreg Europe Policy Learning Platform",
        partnerKey: null,
        country: "BE",
        role: "expert",
        capacity: false,
      },
    ],
    recommendations: [
      {
        text: "Create one entry point for SMEs offering innovations to the region's hospitals.",
        status: "accepted",
      },
      {
        text: "Publish the hospitals' unmet clinical needs twice a year, following Lombardy's open calls.",
        status: "in_progress",
      },
      {
        text: "Reserve part of the innovation procurement budget for purchases that follow a successful pilot.",
        status: "open",
      },
      {
        text: "Hold a speed-dating session between the new testbed network and SMEs from the partner regions.",
        status: "done",
      },
    ],
  },
  {
    key: "exchange-es",
    kind: "staff_exchange",
    title: "Staff exchange: ACCIÓ's innovation vouchers for health-tech SMEs",
    hostKey: "es",
    start: "2026-02-02",
    end: "2026-02-06",
    place: { city: "Barcelona", country: "ES" },
    themes: ["sme access"],
    summary:
      "Two programme officers spent a week with ACCIÓ's voucher team: call design, evaluation " +
      "of applications, and the follow-up of companies after the voucher.",
    createdBy: "jordi.puig@consortia.demo",
    participants: [p("jordi.puig", "host"), p("kasia.nowak"), p("aoife.byrne")],
  },
  {
    key: "peer-pl",
    kind: "peer_review",
    title: "Peer review: health technologies in Pomorskie's smart specialisation",
    hostKey: "pl",
    start: "2026-05-12",
    end: "2026-05-13",
    place: { city: "Gdańsk", country: "PL" },
    themes: ["s3 governance", "sme access"],
    policyInstrument: "Regional Smart Specialisation Strategy of Pomorskie (ISP 2030)",
    summary: "The second peer review of the project, on the entrepreneurial discovery process.",
    policyChallenge:
      "Pomorskie's smart specialisation lists health technologies, but few MedTech SMEs take part " +
      "in the entrepreneurial discovery process that shapes the calls.",
    findings:
      "More peers from other regions are to be invited to the follow-up session; the findings " +
      "so far come from the Berlin delegation only.",
    createdBy: "kasia.nowak@consortia.demo",
    participants: [
      p("kasia.nowak", "host"),
      p("jonas.weber", "peer"),
      {
        guest: "Ulrike Braun",
        organisation: "Berlin Partner for Business and Technology",
        partnerKey: "de",
        role: "peer",
      },
    ],
    recommendations: [
      {
        text: "Invite MedTech SMEs to the entrepreneurial discovery workshops through the cluster.",
        status: "open",
      },
      { text: "Publish the workshops' conclusions before each call opens.", status: "open" },
    ],
  },
  {
    key: "seminar-fi",
    kind: "interregional_workshop",
    title: "Thematic seminar: business models that let SMEs into digital health",
    hostKey: "fi",
    start: "2026-09-15",
    end: "2026-09-15",
    place: "online",
    themes: ["sme access", "digital health"],
    summary:
      "Online seminar with three company cases on reimbursement, data access and hospital " +
      "partnerships as routes to market for digital-health SMEs.",
    createdBy: "mikko.virtanen@consortia.demo",
    participants: [
      p("mikko.virtanen", "host"),
      p("claire.martin"),
      p("jonas.weber"),
      p("anna.berg"),
    ],
  },
  {
    key: "visit-fr",
    kind: "study_visit",
    title: "Study visit: Lyon's MedTech cluster and hospital innovation hubs",
    hostKey: "fr",
    start: "2027-03-16",
    end: "2027-03-17",
    place: { city: "Lyon", country: "FR" },
    themes: ["innovation ecosystem", "testbeds"],
    summary: "",
    createdBy: "claire.martin@consortia.demo",
    participants: [],
  },
];
