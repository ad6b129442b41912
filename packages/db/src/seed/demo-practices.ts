import type { GoodPracticeStatus } from "../learning-schema";

export type DemoPractice = {
  key: string;
  ownerKey: string;
  author: string;
  status: GoodPracticeStatus;
  /** The day of each step so far, in order. */
  steps: Partial<Record<"submitted" | "approved" | "returned" | "validated" | "published", string>>;
  returnComment?: string;
  fields: {
    title: string;
    summary: string;
    location_country: string;
    location_region: string;
    location_city: string;
    main_institution: string;
    description: string;
    resources_needed: string;
    timescale: string;
    evidence_of_success: string;
    difficulties: string;
    potential_for_transfer: string;
    further_information: string;
  };
  themes: string[];
  presentedAt: string[];
  interests: { partnerKey: string; note: string; by: string }[];
};

const demo = (name: string) => `${name}@consortia.demo`;

/** Good practices in every status, four of them validated (the target is 20). */
export const demoPractices: DemoPractice[] = [
  {
    key: "medx",
    ownerKey: "se",
    author: demo("anna.berg"),
    status: "validated",
    steps: { submitted: "2025-11-10", approved: "2025-11-24", validated: "2026-03-20" },
    fields: {
      title: "Stockholm MED-X: one process manager across industry, academia and healthcare",
      summary:
        "A process management function, anchored in regional industry, academia, health care and " +
        "innovation agencies, that builds a shared view of the region's MedTech challenges.",
      location_country: "SE",
      location_region: "Stockholm",
      location_city: "Stockholm",
      main_institution: "KTH Royal Institute of Technology",
      description:
        "Over two years MED-X set up a process management function with a mandate from regional " +
        "industry, academia, health and social care and innovation actors. Think tanks, workshops " +
        "and speed-dating sessions brought companies and care providers together; pilot projects " +
        "were run in the region's strongest fields alongside an analysis of its strategic " +
        "challenges. The result was a plan for organisation, process management and impact logic " +
        "for a full-scale regional MedTech programme.",
      resources_needed:
        "SEK 4 million over two years (Vinnova) for a small process management team, plus " +
        "in-kind time from hospitals, companies and universities.",
      timescale: "July 2013 – December 2015",
      evidence_of_success:
        "A plan for a full-scale Vinnväxt programme for medical technology in the " +
        "Stockholm-Uppsala region; several pilot projects; MedTech4Health granted as a national " +
        "strategic innovation programme in parallel.",
      difficulties:
        "Building a shared view of strategic challenges across organisations with different " +
        "priorities took longer than the pilots themselves.",
      potential_for_transfer:
        "Any region with a university hospital and a MedTech cluster can install a neutral " +
        "process manager; the tools (think tanks, speed dating) need no special funding.",
      further_information: "https://www.vinnova.se/p/stockholm-med-x/",
    },
    themes: ["innovation ecosystem", "s3 governance"],
    presentedAt: ["peer-se"],
    interests: [
      {
        partnerKey: "ie",
        note: "Fits the cluster strategy in our new regional economic plan.",
        by: demo("aoife.byrne"),
      },
      {
        partnerKey: "de",
        note: "Berlin's health cluster wants a neutral process manager too.",
        by: demo("jonas.weber"),
      },
    ],
  },
  {
    key: "speed-dating",
    ownerKey: "se",
    author: demo("anna.berg"),
    status: "approved",
    steps: { submitted: "2026-09-28", approved: "2026-10-12" },
    fields: {
      title: "Speed dating between MedTech companies and care providers",
      summary:
        "Short, prepared one-to-one meetings in which clinicians present needs and companies " +
        "present solutions, leading to pilots.",
      location_country: "SE",
      location_region: "Stockholm",
      location_city: "Stockholm",
      main_institution: "Region Stockholm",
      description:
        "Twice a year the region invites clinical departments to present concrete needs. " +
        "Companies apply with a one-page answer; a facilitator matches them for 15-minute " +
        "meetings. Promising matches get a small pilot budget and a contact in the hospital.",
      resources_needed: "One facilitator (0.2 FTE) and a pilot fund of about EUR 100 000 a year.",
      timescale: "Since 2014, twice a year",
      evidence_of_success: "About 40 pilots started; 9 led to purchases or further projects.",
      difficulties: "Clinicians' time: sessions must be short and well prepared.",
      potential_for_transfer: "High: the format is cheap and works in any hospital region.",
      further_information: "",
    },
    themes: ["sme access", "procurement"],
    presentedAt: ["peer-se"],
    interests: [
      {
        partnerKey: "pl",
        note: "We would like to try it with the Gdańsk university hospital.",
        by: demo("kasia.nowak"),
      },
    ],
  },
  {
    key: "revus",
    ownerKey: "dk",
    author: demo("lead"),
    status: "published",
    steps: {
      submitted: "2025-09-01",
      approved: "2025-09-02",
      validated: "2025-12-10",
      published: "2026-01-15",
    },
    fields: {
      title: "ReVUS: a regional growth strategy co-created with municipalities and industry",
      summary:
        "Every four years the Capital Region writes its growth and development strategy with " +
        "municipalities, business, organisations and knowledge institutions.",
      location_country: "DK",
      location_region: "Hovedstaden",
      location_city: "Hillerød",
      main_institution: "Capital Region of Denmark (Region Hovedstaden)",
      description:
        "ReVUS sets an ambitious political vision with concrete initiatives for quality of life, " +
        "jobs and business growth. It is co-created in open workshops with the 29 municipalities, " +
        "companies, organisations and universities, and its initiatives are then run by " +
        "partnerships that include the region's hospitals.",
      resources_needed: "A strategy team of four and about twenty co-creation workshops per round.",
      timescale: "Renewed every four years; current strategy 2024–2027",
      evidence_of_success:
        "Broad ownership: all municipalities endorsed the strategy, and its MedTech initiatives " +
        "attracted national and EU co-funding.",
      difficulties: "Keeping initiatives focused when many partners want their own priorities in.",
      potential_for_transfer:
        "The co-creation process suits any region that renews a strategy on a fixed cycle.",
      further_information: "https://www.regionh.dk",
    },
    themes: ["s3 governance"],
    presentedAt: ["kickoff", "stakeholders-dk"],
    interests: [
      { partnerKey: "fi", note: "For the next Uusimaa programme.", by: demo("mikko.virtanen") },
    ],
  },
  {
    key: "open-calls",
    ownerKey: "it",
    author: demo("giulia.rossi"),
    status: "validated",
    steps: { submitted: "2026-02-16", approved: "2026-03-02", validated: "2026-06-30" },
    fields: {
      title: "Open calls for unmet clinical needs in Lombardy's hospitals",
      summary:
        "Hospitals publish unmet clinical needs in a regional open call; SMEs and start-ups " +
        "answer with solutions that are then tested in the wards.",
      location_country: "IT",
      location_region: "Lombardia",
      location_city: "Milan",
      main_institution: "Lombardy Region (Regione Lombardia)",
      description:
        "The region collects needs from its hospitals each year and publishes them as one call. " +
        "Selected companies get access to clinicians, test sites and a voucher for the pilot; " +
        "successful pilots can continue as pre-commercial procurement.",
      resources_needed: "EUR 2 million a year from the ERDF regional programme.",
      timescale: "Since 2019, one call a year",
      evidence_of_success: "120 needs published, 64 pilots, 11 procurements that followed a pilot.",
      difficulties: "Writing needs that are neither too vague nor a hidden specification.",
      potential_for_transfer: "Directly transferable; Region Stockholm is preparing a first call.",
      further_information: "https://www.regione.lombardia.it",
    },
    themes: ["procurement", "sme access"],
    presentedAt: ["visit-it", "peer-se"],
    interests: [
      {
        partnerKey: "se",
        note: "Recommended by our peer review; a first call is planned.",
        by: demo("anna.berg"),
      },
    ],
  },
  {
    key: "vouchers",
    ownerKey: "es",
    author: demo("jordi.puig"),
    status: "submitted",
    steps: { submitted: "2026-11-09" },
    fields: {
      title: "Innovation vouchers for health-tech SMEs",
      summary: "Small, fast grants that let SMEs buy expertise to enter the health market.",
      location_country: "ES",
      location_region: "Cataluña",
      location_city: "Barcelona",
      main_institution: "Government of Catalonia – ACCIÓ",
      description:
        "Vouchers of up to EUR 20 000 pay for regulatory, clinical-validation or market-access " +
        "advice from accredited providers. Decisions come within six weeks.",
      resources_needed: "EUR 1.5 million a year and a team of three.",
      timescale: "Since 2017",
      evidence_of_success: "350 SMEs supported; two thirds report a new product or market.",
      difficulties: "Accrediting providers of good quality in a niche field.",
      potential_for_transfer: "Suits regions with an ERDF-funded SME support line.",
      further_information: "https://www.accio.gencat.cat",
    },
    themes: ["sme access"],
    presentedAt: ["exchange-es"],
    interests: [],
  },
  {
    key: "testbed",
    ownerKey: "fi",
    author: demo("mikko.virtanen"),
    status: "returned",
    steps: { submitted: "2026-10-01", returned: "2026-10-08" },
    returnComment:
      "Please add figures to the evidence of success (companies tested, purchases that followed) " +
      "and shorten the summary to two sentences.",
    fields: {
      title: "Hospital testbed agreements for MedTech start-ups",
      summary:
        "A standard agreement lets start-ups test products in the hospital district's units. It " +
        "covers data, liability and the clinicians' time, and is signed within weeks instead of " +
        "months, which start-ups said was the main obstacle.",
      location_country: "FI",
      location_region: "Helsinki-Uusimaa",
      location_city: "Helsinki",
      main_institution: "Helsinki-Uusimaa Regional Council",
      description:
        "The regional council and the hospital district agreed one testbed contract and one " +
        "contact point for companies.",
      resources_needed: "Two testbed coordinators.",
      timescale: "Since 2018",
      evidence_of_success: "Many companies have tested their products.",
      difficulties: "Clinicians' workload.",
      potential_for_transfer: "High.",
      further_information: "",
    },
    themes: ["testbeds"],
    presentedAt: ["seminar-fi"],
    interests: [],
  },
  {
    key: "living-lab",
    ownerKey: "nl",
    author: demo("sanne.devries"),
    status: "validated",
    steps: { submitted: "2026-06-01", approved: "2026-06-15", validated: "2026-10-05" },
    fields: {
      title: "Living lab for home-care technologies in Limburg",
      summary: "Citizens, carers and companies test home-care technology together in real homes.",
      location_country: "NL",
      location_region: "Limburg",
      location_city: "Maastricht",
      main_institution: "Province of Limburg",
      description:
        "Fifty households volunteer to use new home-care devices for three months, with their " +
        "carers. Companies receive structured feedback and a report usable in their CE dossier.",
      resources_needed: "EUR 400 000 a year, a living-lab manager and a care-research partner.",
      timescale: "Since 2020",
      evidence_of_success: "45 products tested; 12 now bought by care organisations in Limburg.",
      difficulties: "Recruiting households beyond the enthusiastic early adopters.",
      potential_for_transfer: "Good for regions with an ageing population and a care cluster.",
      further_information: "https://www.limburg.nl",
    },
    themes: ["testbeds", "innovation ecosystem"],
    presentedAt: ["kickoff"],
    interests: [],
  },
  {
    key: "tech-transfer",
    ownerKey: "it",
    author: demo("giulia.rossi"),
    status: "draft",
    steps: {},
    fields: {
      title: "Technology transfer fund for life-sciences start-ups",
      summary: "A proof-of-concept fund run with the universities' technology transfer offices.",
      location_country: "IT",
      location_region: "Lombardia",
      location_city: "",
      main_institution: "",
      description: "",
      resources_needed: "",
      timescale: "",
      evidence_of_success: "",
      difficulties: "",
      potential_for_transfer: "",
      further_information: "",
    },
    themes: ["technology transfer"],
    presentedAt: [],
    interests: [],
  },
];
