import type { RouterOutputs } from "@consortia/api/client";
import { COUNTRIES } from "@consortia/api/schemas";
import { ExternalLink, Mail } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { PARTNER_ROLE_LABELS, PARTNER_TYPE_LABELS, ROLE_LABELS } from "@/lib/labels";
import { serverApi } from "@/server/api";
import { titled } from "@/server/page-metadata";
import { projectOverview } from "@/server/project-data";
import { PartnerDialog, type PartnerFormValues } from "./partner-dialog";

type Params = { params: Promise<{ projectId: string }> };

export const generateMetadata = titled("Partners");

type PartnerRow = RouterOutputs["partners"]["list"][number];

const toFormValues = (p: PartnerRow): PartnerFormValues => ({
  name: p.name,
  shortName: p.shortName,
  country: p.country,
  nutsCode: p.nutsCode,
  regionName: p.regionName,
  city: p.city,
  type: p.type,
  role: p.role,
  website: p.website ?? "",
  contactName: p.contactName ?? "",
  contactEmail: p.contactEmail ?? "",
});

/** The partners directory: every region in the project with its contact and its people. */
export default async function PartnersPage({ params }: Params) {
  const { projectId } = await params;
  const [overview, partners] = await Promise.all([
    projectOverview(projectId),
    serverApi().then((api) => api.partners.list({ projectId })),
  ]);
  const canManage = overview.can.manageProject;
  const countryName = (code: string) => COUNTRIES[code] ?? code;

  return (
    <div className="grid grid-cols-1 gap-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div className="grid gap-1">
          <h1 className="text-2xl font-semibold tracking-tight">Partners</h1>
          <p className="text-sm text-muted-foreground">
            {partners.length} {partners.length === 1 ? "partner" : "partners"} from{" "}
            {overview.countries} {overview.countries === 1 ? "country" : "countries"}.
          </p>
        </div>
        {canManage && <PartnerDialog projectId={projectId} />}
      </div>

      {partners.length === 0 ? (
        <p className="rounded-lg border bg-background p-6 text-sm text-muted-foreground">
          No partners yet.
          {canManage
            ? " Add the lead partner first, then the partner regions."
            : " The lead coordinator adds them."}
        </p>
      ) : (
        <>
          {/* Wide screens: one table. */}
          <div className="hidden rounded-lg border bg-background lg:block">
            <Table label="Partners">
              <caption className="sr-only">Partners of {overview.project.acronym}</caption>
              <THead>
                <TR>
                  <TH scope="col">Partner</TH>
                  <TH scope="col">Region</TH>
                  <TH scope="col">Role</TH>
                  <TH scope="col">Contact</TH>
                  <TH scope="col">People</TH>
                  {canManage && (
                    <TH scope="col">
                      <span className="sr-only">Actions</span>
                    </TH>
                  )}
                </TR>
              </THead>
              <TBody>
                {partners.map((p) => (
                  <TR key={p.id} className="align-top">
                    <TD className="align-top">
                      <p className="font-medium">{p.name}</p>
                      <p className="text-muted-foreground">
                        {p.shortName} · {PARTNER_TYPE_LABELS[p.type]}
                      </p>
                      {p.website && <WebsiteLink href={p.website} />}
                    </TD>
                    <TD className="align-top">
                      <p>{p.regionName}</p>
                      <p className="text-muted-foreground">
                        {[p.city, countryName(p.country)].filter(Boolean).join(", ")}
                      </p>
                      <p className="text-muted-foreground">
                        NUTS <span className="font-mono">{p.nutsCode}</span>
                      </p>
                    </TD>
                    <TD className="align-top">
                      <RoleBadge role={p.role} />
                    </TD>
                    <TD className="align-top">
                      <Contact name={p.contactName} email={p.contactEmail} />
                    </TD>
                    <TD className="align-top">
                      <People people={p.people} />
                    </TD>
                    {canManage && (
                      <TD className="align-top">
                        <PartnerDialog
                          projectId={projectId}
                          partner={{ id: p.id, version: p.version, values: toFormValues(p) }}
                        />
                      </TD>
                    )}
                  </TR>
                ))}
              </TBody>
            </Table>
          </div>

          {/* Phones and tablets: one card per partner. */}
          <ul className="grid gap-4 md:grid-cols-2 lg:hidden">
            {partners.map((p) => (
              <li key={p.id}>
                <Card className="h-full">
                  <CardHeader className="gap-2">
                    <div className="flex items-start justify-between gap-2">
                      <CardTitle className="min-w-0 break-words text-base">{p.name}</CardTitle>
                      <RoleBadge role={p.role} />
                    </div>
                    <p className="text-sm text-muted-foreground">
                      {p.shortName} · {PARTNER_TYPE_LABELS[p.type]}
                    </p>
                  </CardHeader>
                  <CardContent className="grid gap-3 text-sm">
                    <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
                      <dt className="text-muted-foreground">Region</dt>
                      <dd className="min-w-0 break-words">{p.regionName}</dd>
                      <dt className="text-muted-foreground">Country</dt>
                      <dd>{countryName(p.country)}</dd>
                      <dt className="text-muted-foreground">NUTS</dt>
                      <dd className="font-mono">{p.nutsCode}</dd>
                      {p.city && (
                        <>
                          <dt className="text-muted-foreground">City</dt>
                          <dd className="min-w-0 break-words">{p.city}</dd>
                        </>
                      )}
                      {p.website && (
                        <>
                          <dt className="text-muted-foreground">Website</dt>
                          <dd className="min-w-0">
                            <WebsiteLink href={p.website} />
                          </dd>
                        </>
                      )}
                      <dt className="text-muted-foreground">Contact</dt>
                      <dd className="min-w-0">
                        <Contact name={p.contactName} email={p.contactEmail} />
                      </dd>
                    </dl>
                    <div className="grid gap-1">
                      <h3 className="font-medium">People</h3>
                      <People people={p.people} />
                    </div>
                    {p.can.edit && (
                      <div>
                        <PartnerDialog
                          projectId={projectId}
                          partner={{ id: p.id, version: p.version, values: toFormValues(p) }}
                        />
                      </div>
                    )}
                  </CardContent>
                </Card>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function RoleBadge({ role }: { role: string }) {
  return (
    <Badge variant={role === "lead" ? "default" : role === "advisory" ? "secondary" : "outline"}>
      {PARTNER_ROLE_LABELS[role] ?? role}
    </Badge>
  );
}

function WebsiteLink({ href }: { href: string }) {
  const label = href.replace(/^https?:\/\//, "").replace(/\/$/, "");
  return (
    <a
      href={href}
      target="_blank"
      rel="noreferrer noopener"
      className="inline-flex max-w-full items-center gap-1 break-all text-primary underline underline-offset-4"
    >
      {label}
      <ExternalLink className="size-3.5 shrink-0" aria-hidden />
      <span className="sr-only">(opens in a new tab)</span>
    </a>
  );
}

function Contact({ name, email }: { name: string | null; email: string | null }) {
  if (!name && !email) return <span className="text-muted-foreground">Not given</span>;
  return (
    <div className="min-w-0">
      {name && <p>{name}</p>}
      {email && (
        <a
          href={`mailto:${email}`}
          className="inline-flex max-w-full items-center gap-1 break-all text-primary underline underline-offset-4"
        >
          <Mail className="size-3.5 shrink-0" aria-hidden />
          {email}
        </a>
      )}
    </div>
  );
}

function People({ people }: { people: PartnerRow["people"] }) {
  if (people.length === 0) return <span className="text-muted-foreground">No one yet</span>;
  return (
    <ul className="grid gap-1.5">
      {people.map((m) => (
        <li key={m.email} className="min-w-0">
          <a
            href={`mailto:${m.email}`}
            className="break-words text-primary underline underline-offset-4"
          >
            {m.name}
          </a>{" "}
          <span className="text-muted-foreground">· {ROLE_LABELS[m.role] ?? m.role}</span>
        </li>
      ))}
    </ul>
  );
}
