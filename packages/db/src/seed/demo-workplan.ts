/**
 * The MEDTECH-S3 work plan (project 2025-03-01 – 2029-02-28, core phase to 2028-02-29): the
 * project's three aims from the Danish seed, the MED-X methods from the Swedish one (think
 * tanks, "speed dating" between companies and care providers, pilot projects), at least 20
 * good practices, and the regions' action plans for their policy instruments such as ReVUS.
 */
export type DemoActivity = {
  key: string;
  title: string;
  description: string;
  /** Partner keys from demo-partnership.ts; "all" is every partner. */
  partnerKeys: string[] | "all";
  start: string;
  end: string;
};

export type DemoWorkPackage = {
  number: number;
  title: string;
  objectives: string;
  leadKey: string;
  start: string;
  end: string;
  activities: DemoActivity[];
};

export const demoRegionKeys = ["dk", "se", "it", "nl", "es", "fr", "fi", "pl", "ie", "de"];

export const demoWorkPackages: DemoWorkPackage[] = [
  {
    number: 1,
    title: "Project management and coordination",
    objectives:
      "Run the partnership, its steering group and finances; report to the programme every period.",
    leadKey: "dk",
    start: "2025-03-01",
    end: "2029-02-28",
    activities: [
      {
        key: "a1.1",
        title: "Steering group and partnership meetings",
        description: "Two partnership meetings a year, hosted in turn by the regions.",
        partnerKeys: "all",
        start: "2025-03-01",
        end: "2029-02-28",
      },
      {
        key: "a1.2",
        title: "Progress reporting and mid-term review",
        description: "Partner reports to the controllers and joint progress reports per period.",
        partnerKeys: ["dk"],
        start: "2025-03-01",
        end: "2029-02-28",
      },
    ],
  },
  {
    number: 2,
    title: "Interregional learning: MedTech innovation ecosystems and S3",
    objectives:
      "Strengthen the MedTech innovation ecosystem and SMEs' access to the sector by learning " +
      "from each region's smart specialisation strategy; identify at least 20 good practices.",
    leadKey: "se",
    start: "2025-03-01",
    end: "2028-02-29",
    activities: [
      {
        key: "a2.1",
        title: "Regional self-assessment of MedTech S3 ecosystems",
        description: "Each region maps its ecosystem, actors and policy instrument.",
        partnerKeys: demoRegionKeys,
        start: "2025-03-01",
        end: "2026-02-28",
      },
      {
        key: "a2.2",
        title: "Peer reviews",
        description: "Peers from at least two other countries study a host's policy challenge.",
        partnerKeys: ["dk", "se", "it", "fi", "pl", "kth"],
        start: "2026-01-01",
        end: "2027-08-31",
      },
      {
        key: "a2.3",
        title: "Thematic seminars, study visits and staff exchanges",
        description:
          "Think tanks and 'speed dating' between companies and care providers, after the " +
          "Stockholm MED-X model; SME business models for access to hospitals.",
        partnerKeys: ["se", "es", "fi", "nl", "kth"],
        start: "2025-09-01",
        end: "2027-12-31",
      },
      {
        key: "a2.4",
        title: "Good practice identification",
        description: "Describe and validate good practices for the programme's database.",
        partnerKeys: "all",
        start: "2025-09-01",
        end: "2028-02-29",
      },
    ],
  },
  {
    number: 3,
    title: "Action plans and policy improvement",
    objectives:
      "Turn what was learned into one action plan per policy instrument (ReVUS and the " +
      "regions' S3 strategies) and follow up whether the instruments improve.",
    leadKey: "it",
    start: "2026-09-01",
    end: "2029-02-28",
    activities: [
      {
        key: "a3.1",
        title: "Action plan development",
        description: "Regional stakeholder groups co-write each action plan.",
        partnerKeys: demoRegionKeys,
        start: "2026-09-01",
        end: "2028-02-29",
      },
      {
        key: "a3.2",
        title: "Follow-up: monitoring of policy improvements",
        description: "Evidence that instruments changed as a direct result of the project.",
        partnerKeys: demoRegionKeys,
        start: "2028-03-01",
        end: "2029-02-28",
      },
    ],
  },
  {
    number: 4,
    title: "Communication and stakeholder engagement",
    objectives:
      "Make the partnership's results known to MedTech SMEs, hospitals and policy makers.",
    leadKey: "nl",
    start: "2025-03-01",
    end: "2029-02-28",
    activities: [
      {
        key: "a4.1",
        title: "Regional stakeholder groups",
        description: "Each region meets its stakeholders around its policy instrument.",
        partnerKeys: demoRegionKeys,
        start: "2025-06-01",
        end: "2029-02-28",
      },
      {
        key: "a4.2",
        title: "Communication channels and final conference",
        description: "Website, newsletters, social media and a final conference in Berlin.",
        partnerKeys: ["nl", "de", "dk"],
        start: "2025-03-01",
        end: "2029-02-28",
      },
    ],
  },
];
