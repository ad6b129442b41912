/**
 * The words the generated document library is made of: kinds of document with their
 * category, policy topics, regions, sentences a peer-review report or an action plan
 * contains, and syllables for made-up proper names (so rare words exist too).
 */

export const KINDS: Array<[kind: string, category: string]> = [
  ["Regional action plan", "deliverable"],
  ["Progress report", "deliverable"],
  ["Self-assessment", "deliverable"],
  ["Agenda of the partner meeting", "meeting_material"],
  ["Minutes of the steering group", "meeting_material"],
  ["Presentation", "meeting_material"],
  ["Peer review report", "peer_review_report"],
  ["Peer review recommendations", "peer_review_report"],
  ["Good practice factsheet", "good_practice_evidence"],
  ["Study visit report", "good_practice_evidence"],
  ["Policy brief", "policy_document"],
  ["Operational programme extract", "policy_document"],
  ["Newsletter", "communication"],
  ["Press release", "communication"],
  ["Survey results", "other"],
  ["Financial overview", "other"],
];

export const TOPICS = [
  "innovation",
  "SME competitiveness",
  "low-carbon economy",
  "energy efficiency",
  "sustainable mobility",
  "circular economy",
  "cultural heritage",
  "natural heritage",
  "digitalisation",
  "rural development",
  "sustainable tourism",
  "water management",
  "biodiversity",
  "health innovation",
  "skills and education",
  "entrepreneurship",
];

export const REGIONS = [
  "Lombardy",
  "Andalusia",
  "Flanders",
  "Bavaria",
  "Brittany",
  "Silesia",
  "Lapland",
  "Tuscany",
  "Catalonia",
  "North Brabant",
  "Styria",
  "Norte",
  "Crete",
  "Oltenia",
  "Scania",
  "Podravje",
  "Kaunas",
  "Pomerania",
  "Saxony",
  "Emilia-Romagna",
  "Valencia",
  "Limburg",
  "Upper Austria",
  "Attica",
  "North Karelia",
  "South Moravia",
  "Zealand",
  "Asturias",
];

export const SENTENCES = [
  "The regional action plan describes how the lessons learnt will improve the policy instrument.",
  "The managing authority confirmed that the call for proposals on {topic} will open next year.",
  "Stakeholders from the regional ecosystem met three times to discuss the main bottlenecks.",
  "The peer review team visited {region} and interviewed representatives of the intermediate bodies.",
  "Recommendations of the peer review focus on monitoring indicators and the selection criteria.",
  "The good practice was transferred from {region} with the support of the lead partner.",
  "Project selection criteria were revised to reward investments in {topic}.",
  "The partnership agreed to postpone the study visit because of the budget reallocation.",
  "Public procurement rules limit the participation of small municipalities.",
  "The survey collected answers from 240 companies and 35 public bodies in {region}.",
  "Results show a growing interest in {topic} among local authorities.",
  "The policy improvement is expected in the second half of the implementation period.",
  "Each partner presented the state of play of its action plan during the meeting.",
  "The steering group approved the communication plan and the dissemination calendar.",
  "The financial report covers eligible expenditure declared in the last reporting period.",
  "Staff costs were calculated with the flat rate defined in the programme manual.",
  "The workshop gathered universities, business support organisations and citizens.",
  "Lessons learnt from the pilot action were shared with the national authority.",
  "The interregional learning process combined thematic seminars and peer reviews.",
  "A new measure in the operational programme supports {topic} in rural areas.",
  "Indicators include the number of organisations with increased capacity.",
  "The lead partner reminded everyone of the deadline for the progress report.",
  "Minutes were approved without changes and will be uploaded to the library.",
  "The regional stakeholder group will follow the implementation of the action plan.",
  "The expert of the policy learning platform commented on the draft action plan.",
  "Good practices were assessed against relevance, transferability and evidence of success.",
  "The delay is explained by elections and a change in the regional government.",
  "The brochure will be translated into all partner languages before the final conference.",
  "Energy consumption of public buildings decreased after the renovation programme.",
  "Cycling infrastructure and park and ride facilities were funded by the mobility plan.",
  "The heritage site attracts visitors throughout the year thanks to the new route.",
  "Digital tools help small firms to reach export markets and new customers.",
  "Water quality monitoring was extended to three river basins in {region}.",
  "The incubator offers coaching, seed funding and access to laboratories.",
  "Apprenticeships were designed together with employers and vocational schools.",
  "Protected areas management plans now include measures for pollinators.",
  "Hospitals and start-ups co-develop solutions for remote care of elderly patients.",
  "Waste collection data were used to design the circular economy roadmap.",
  "Tourism flows were analysed to reduce seasonality and pressure on coastal towns.",
  "The agenda includes a session on synergies with other funding programmes.",
];

export const DESCRIPTIONS = [
  "Final version approved by the steering group.",
  "Draft for comments by all partners; please send remarks to the lead partner.",
  "Prepared by {region} for the thematic seminar on {topic}.",
  "Annex with the indicators and the monitoring table.",
  "Summary of the discussion with regional stakeholders on {topic}.",
  "Evidence collected for the good practice from {region}.",
  "Updated after the peer review in {region}.",
  "Shared with the managing authority for information.",
];

export const TAGS = [
  "action-plan",
  "peer-review",
  "seminar",
  "stakeholders",
  "monitoring",
  "budget",
  "communication",
  "evidence",
  "draft",
  "final",
  "translation",
  "indicators",
  "site-visit",
  "conference",
];

const PDF = "application/pdf";
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
/** One per 5 % of the documents: half PDFs, then Office files, a few images and text files. */
export const FILE_TYPES: Array<[ext: string, mime: string]> = [
  ...Array.from({ length: 10 }, (): [string, string] => ["pdf", PDF]),
  ...Array.from({ length: 4 }, (): [string, string] => ["docx", DOCX]),
  ["xlsx", XLSX],
  ["xlsx", XLSX],
  ["pptx", PPTX],
  ["pptx", PPTX],
  ["png", "image/png"],
  ["txt", "text/plain"],
];

export const SYLLABLES = [
  "ka",
  "lo",
  "mi",
  "ver",
  "sta",
  "dor",
  "len",
  "tri",
  "bo",
  "nas",
  "gel",
  "ru",
  "fen",
  "mar",
  "qui",
  "zel",
  "pa",
  "tor",
  "sin",
  "vek",
  "ul",
  "ham",
  "rei",
  "jo",
];
const S = SYLLABLES.length;

/** The made-up name number `v` (0 ≤ v < 24³), as documents-dataset.ts builds it, lower-cased. */
export function madeUpName(v: number): string {
  return [v % S, Math.floor(v / S) % S, Math.floor(v / S / S) % S]
    .map((i) => SYLLABLES[i])
    .join("");
}

/**
 * What the search scenarios type, in turn. One broad query (three quarters of the library
 * match: more than the search counts and ranks, SEARCH_CAP in packages/api/src/documents/
 * search.ts), the others as specific as real searches tend to be: a region with a topic, a
 * phrase, a rare name, an OR of two (20 to about 2,600 matches, all counted and ranked). The
 * bench checks each answer's kind: only the broad one's total is a lower bound.
 */
export const SEARCH_QUERIES: { q: string; kind: "broad" | "specific" }[] = [
  { q: "action plan", kind: "broad" },
  { q: "Lombardy energy", kind: "specific" },
  { q: madeUpName(4242), kind: "specific" },
  { q: '"peer review" Crete', kind: "specific" },
  { q: "water Asturias", kind: "specific" },
  { q: "incubator Flanders", kind: "specific" },
  { q: '"regional action plan" Tuscany', kind: "specific" },
  { q: `${madeUpName(1752)} or ${madeUpName(9001)}`, kind: "specific" },
];
