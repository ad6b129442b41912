import type { ActionPlanExportModel } from "./model";

/**
 * A plan written in Polish with Czech and Greek in it, for the renderer tests: every format
 * must carry ł, ř and Ω through unchanged, and user text that looks like a formula stays text.
 */
export function sampleModel(o: Partial<ActionPlanExportModel> = {}): ActionPlanExportModel {
  return {
    project: {
      acronym: "MEDTECH-S3",
      title: "Smart specialisation for MedTech",
      programme: "Interreg Europe",
    },
    partner: {
      name: "Województwo Małopolskie",
      shortName: "Małopolska",
      country: "PL",
      nutsCode: "PL21",
      region: "Małopolskie",
      contactName: "Paweł Łukasiewicz",
      contactEmail: "pawel@example.org",
      otherPartners: ["Kraków Technology Park"],
    },
    instrument: {
      name: "Regionalny Program Operacyjny Małopolska 2021–2027",
      type: "growth_and_jobs_programme",
      managingAuthority: "Zarząd Województwa Małopolskiego",
      territorialLevel: "regional",
      baseline: "Brak wsparcia dla pilotaży w szpitalach.",
    },
    plan: {
      title: "Plan działań dla MedTech w Małopolsce",
      language: "pl",
      status: "final",
      generalInformation: "Informacje ogólne: łączymy szpitale i firmy.",
      generalInformationEn: "General information: we connect hospitals and companies.",
      policyContext: "Kontekst polityki: RPO ma oś priorytetową dla innowacji.",
      policyContextEn: "Policy context: the ROP has a priority axis for innovation.",
      actionsSummaryEn: "Two actions: speed dating and a pilot fund.",
      snapshot: null,
      finalisedAt: new Date("2026-09-15T10:00:00Z"),
    },
    actions: [
      {
        number: 1,
        title: "Szybkie randki firm i szpitali",
        background: "Inspirowane praktyką ze Sztokholmu; lekcja: přímý kontakt (ř) działa.",
        inspirations: [
          { kind: "good_practice", title: "Speed dating between companies and care providers" },
          { kind: "learning_event", title: "Study visit to Ωmega Hospital" },
        ],
        activities: "Dwa spotkania rocznie.\nDruga linia działań.",
        players: "Szpital Uniwersytecki, klaster Life Science",
        startDate: "2026-10-01",
        endDate: "2027-09-30",
        estimatedCostEur: "12500.50",
        fundingSources: "=SUM(A1:A9) RPO, oś 1",
        status: "planned",
        summaryEn: "Speed dating between companies and hospitals twice a year.",
      },
      {
        number: 2,
        title: "Fundusz pilotaży Ω",
        background: "",
        inspirations: [],
        activities: "Nabór wniosków.",
        players: "Urząd Marszałkowski",
        startDate: "2027-01-01",
        endDate: null,
        estimatedCostEur: "1000000.00",
        fundingSources: "Budżet województwa",
        status: "in_progress",
        summaryEn: "",
      },
    ],
    generatedAt: new Date("2026-10-02T08:00:00Z"),
    ...o,
  };
}
