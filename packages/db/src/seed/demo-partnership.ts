import type { PartnerRole, PartnerType, ProjectRole } from "../schema";

/**
 * The demo partnership, written from the two source documents (a Danish press release on the
 * Capital Region of Denmark's MedTech smart-specialisation project, and the Swedish Vinnova
 * record of Stockholm MED-X led by KTH). Region names and NUTS 2 codes are the real ones.
 */
export const demoProject = {
  acronym: "MEDTECH-S3",
  title: "Smart specialisation strategies for a stronger MedTech innovation ecosystem",
  programme: "Interreg Europe 2021-2027",
  description:
    "Ten regions share how they design and implement smart specialisation strategies (S3) for " +
    "the MedTech sector, in order to (1) strengthen the MedTech innovation ecosystem, (2) develop " +
    "business models that give SMEs better access to the sector, and (3) create synergies across " +
    "the participating regions. The partnership identifies at least 20 good practices and uses " +
    "them to improve its policy instruments, such as the Capital Region's regional growth and " +
    "development strategy (ReVUS).",
  start_date: "2025-03-01",
  end_date: "2029-02-28",
  core_phase_end: "2028-02-29",
};

export type DemoPartner = {
  key: string;
  name: string;
  short_name: string;
  country: string;
  nuts_code: string;
  region_name: string;
  city: string;
  type: PartnerType;
  role: PartnerRole;
  website: string;
};

export const demoPartners: DemoPartner[] = [
  {
    key: "dk",
    name: "Capital Region of Denmark (Region Hovedstaden)",
    short_name: "RegionH",
    country: "DK",
    nuts_code: "DK01",
    region_name: "Hovedstaden",
    city: "Hillerød",
    type: "regional_authority",
    role: "lead",
    website: "https://www.regionh.dk",
  },
  {
    key: "se",
    name: "Region Stockholm",
    short_name: "Region Stockholm",
    country: "SE",
    nuts_code: "SE11",
    region_name: "Stockholm",
    city: "Stockholm",
    type: "regional_authority",
    role: "partner",
    website: "https://www.regionstockholm.se",
  },
  {
    key: "it",
    name: "Lombardy Region (Regione Lombardia)",
    short_name: "Lombardia",
    country: "IT",
    nuts_code: "ITC4",
    region_name: "Lombardia",
    city: "Milan",
    type: "regional_authority",
    role: "partner",
    website: "https://www.regione.lombardia.it",
  },
  {
    key: "nl",
    name: "Province of Limburg",
    short_name: "Limburg",
    country: "NL",
    nuts_code: "NL42",
    region_name: "Limburg",
    city: "Maastricht",
    type: "regional_authority",
    role: "partner",
    website: "https://www.limburg.nl",
  },
  {
    key: "es",
    name: "Government of Catalonia – ACCIÓ",
    short_name: "ACCIÓ",
    country: "ES",
    nuts_code: "ES51",
    region_name: "Cataluña",
    city: "Barcelona",
    type: "agency",
    role: "partner",
    website: "https://www.accio.gencat.cat",
  },
  {
    key: "fr",
    name: "Auvergne-Rhône-Alpes Region",
    short_name: "AURA",
    country: "FR",
    nuts_code: "FRK2",
    region_name: "Rhône-Alpes",
    city: "Lyon",
    type: "regional_authority",
    role: "partner",
    website: "https://www.auvergnerhonealpes.fr",
  },
  {
    key: "fi",
    name: "Helsinki-Uusimaa Regional Council",
    short_name: "Uusimaa",
    country: "FI",
    nuts_code: "FI1B",
    region_name: "Helsinki-Uusimaa",
    city: "Helsinki",
    type: "regional_authority",
    role: "partner",
    website: "https://www.uudenmaanliitto.fi",
  },
  {
    key: "pl",
    name: "Pomorskie Voivodeship",
    short_name: "Pomorskie",
    country: "PL",
    nuts_code: "PL63",
    region_name: "Pomorskie",
    city: "Gdańsk",
    type: "regional_authority",
    role: "partner",
    website: "https://pomorskie.eu",
  },
  {
    key: "ie",
    name: "Eastern and Midland Regional Assembly",
    short_name: "EMRA",
    country: "IE",
    nuts_code: "IE06",
    region_name: "Eastern and Midland",
    city: "Dublin",
    type: "regional_authority",
    role: "partner",
    website: "https://emra.ie",
  },
  {
    key: "de",
    name: "Berlin Senate Department for Economics, Energy and Public Enterprises",
    short_name: "Berlin",
    country: "DE",
    nuts_code: "DE30",
    region_name: "Berlin",
    city: "Berlin",
    type: "regional_authority",
    role: "partner",
    website: "https://www.berlin.de/sen/wirtschaft",
  },
  {
    key: "kth",
    name: "KTH Royal Institute of Technology",
    short_name: "KTH",
    country: "SE",
    nuts_code: "SE11",
    region_name: "Stockholm",
    city: "Stockholm",
    type: "university",
    role: "advisory",
    website: "https://www.kth.se",
  },
];

export type DemoUser = {
  email: string;
  name: string;
  partnerKey: string | null;
  role: ProjectRole;
  isAdmin?: boolean;
  /** A controller's assigned partners (keys). */
  controls?: string[];
};

/** One sign-in for every role, plus an editor in each partner region. */
export const demoUsers: DemoUser[] = [
  {
    email: "admin@consortia.demo",
    name: "Ada Admin",
    partnerKey: null,
    role: "observer",
    isAdmin: true,
  },
  { email: "lead@consortia.demo", name: "Mette Lund", partnerKey: "dk", role: "lead_coordinator" },
  {
    email: "anna.berg@consortia.demo",
    name: "Anna Berg",
    partnerKey: "se",
    role: "partner_editor",
  },
  {
    email: "viewer@consortia.demo",
    name: "Luca Bianchi",
    partnerKey: "it",
    role: "partner_viewer",
  },
  { email: "observer@consortia.demo", name: "Olivia Officer", partnerKey: null, role: "observer" },
  // First-level controllers (national rules): one serves Stockholm and Pomorskie, one Lombardy.
  {
    email: "controller@consortia.demo",
    name: "Karin Lindqvist",
    partnerKey: null,
    role: "controller",
    controls: ["se", "pl"],
  },
  {
    email: "controllo@consortia.demo",
    name: "Marco Ferri",
    partnerKey: null,
    role: "controller",
    controls: ["it"],
  },
  {
    email: "giulia.rossi@consortia.demo",
    name: "Giulia Rossi",
    partnerKey: "it",
    role: "partner_editor",
  },
  {
    email: "sanne.devries@consortia.demo",
    name: "Sanne de Vries",
    partnerKey: "nl",
    role: "partner_editor",
  },
  {
    email: "jordi.puig@consortia.demo",
    name: "Jordi Puig",
    partnerKey: "es",
    role: "partner_editor",
  },
  {
    email: "claire.martin@consortia.demo",
    name: "Claire Martin",
    partnerKey: "fr",
    role: "partner_editor",
  },
  {
    email: "mikko.virtanen@consortia.demo",
    name: "Mikko Virtanen",
    partnerKey: "fi",
    role: "partner_editor",
  },
  {
    email: "kasia.nowak@consortia.demo",
    name: "Katarzyna Nowak",
    partnerKey: "pl",
    role: "partner_editor",
  },
  {
    email: "aoife.byrne@consortia.demo",
    name: "Aoife Byrne",
    partnerKey: "ie",
    role: "partner_editor",
  },
  {
    email: "jonas.weber@consortia.demo",
    name: "Jonas Weber",
    partnerKey: "de",
    role: "partner_editor",
  },
  {
    email: "erik.lindqvist@consortia.demo",
    name: "Erik Lindqvist",
    partnerKey: "kth",
    role: "partner_editor",
  },
];

export const DEMO_LEAD_EMAIL = "lead@consortia.demo";
