import { readCsvStrict } from "@consortia/reports/testing";
import ExcelJS from "exceljs";
import { sql } from "kysely";
import { describe, expect } from "vitest";
import type { Context } from "../context";
import { it, test } from "../testing/fixture";
import type { Harness } from "../testing/harness";
import { handlePeriodReportExport } from "./http";
import { periodReportSchema } from "./json-schema";
import type { PeriodReportModel } from "./model";
import { statusLabel } from "./tables";
import { buildReport } from "./test-report";

let b: Awaited<ReturnType<typeof buildReport>>;
let leadCtx: Context;
let observerCtx: Context;
const P1 = { start: "2025-01-01", end: "2025-06-30" };
const P2 = { start: "2025-07-01", end: "2025-12-31" };

test.beforeAll(async ({ h }) => {
  b = await buildReport(h);
  const saved = await b.lead.periodReports.save({
    projectId: b.projectId,
    periodNumber: 1,
    highlights: "=1+1 the first study visits (ł ř Ω)",
    workPackages: [{ workPackageId: b.wpId, achievement: "partly", explanation: "-2 moved" }],
  });
  const { indicators } = await b.lead.indicators.list({ projectId: b.projectId });
  // A value entered by hand (an override of a computed one) in each of the two periods.
  for (const periodNumber of [1, 2])
    await b.lead.indicators.setValue({
      projectId: b.projectId,
      indicatorId: indicators.find((i) => i.code === "GP")?.id ?? "",
      periodNumber,
      value: String(4 + periodNumber),
      justification: `=Counted from the partners' letters of period ${periodNumber}`,
    });
  await b.lead.periodReports.submit({
    projectId: b.projectId,
    periodNumber: 1,
    version: saved.version,
  });
  leadCtx = await h.contextFor(await h.sessionFor(h.f.users.memberB.id));
  const observer = await h.f.newMember({
    projectId: b.projectId,
    role: "observer",
    partnerId: null,
  });
  observerCtx = await h.contextFor(await h.sessionFor(observer.id));
});

async function exported(ctx: Context, query: string, period = 1) {
  const url = `http://test/api/projects/${b.projectId}/reports/${period}/export?${query}`;
  const res = await handlePeriodReportExport(ctx, b.projectId, String(period), new Request(url));
  expect(
    res.status,
    await res
      .clone()
      .text()
      .catch(() => ""),
  ).toBe(200);
  return { res, bytes: Buffer.from(await res.arrayBuffer()) };
}

/** A CSV table read back with a strict RFC 4180 reader, as records keyed by header. */
async function csvOf(ctx: Context, table: string, period = 1) {
  const [header = [], ...rows] = readCsvStrict(
    (await exported(ctx, `format=csv&table=${table}`, period)).bytes,
  );
  return rows.map((r) => Object.fromEntries(header.map((key, i) => [key, r[i] ?? ""])));
}

async function sheetsOf(ctx: Context, period = 1) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await exported(ctx, "format=xlsx", period)).bytes as unknown as ArrayBuffer);
  const rows = (name: string) => {
    const sheet = wb.getWorksheet(name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    const out: Record<string, unknown>[] = [];
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      out.push(Object.fromEntries(header.map((key, i) => [key, row.getCell(i + 1).value])));
    });
    return out;
  };
  return rows;
}

const jsonOf = async (ctx: Context, period = 1) =>
  periodReportSchema.parse(
    JSON.parse((await exported(ctx, "format=json", period)).bytes.toString("utf8")),
  );

/** Deliverables of period 1 straight from the tables: due in it, or approved in it. */
const deliverablesInDb = (h: Harness) =>
  h.db
    .selectFrom("deliverables as d")
    .select(["d.code", "d.status", sql<string>`to_char(d.due_date, 'YYYY-MM-DD')`.as("due")])
    .where("d.project_id", "=", b.projectId)
    .where((eb) =>
      eb.or([
        eb.between("d.due_date", P1.start, P1.end),
        eb.exists(
          eb
            .selectFrom("deliverable_events as ev")
            .select("ev.id")
            .whereRef("ev.deliverable_id", "=", "d.id")
            .where("ev.to_status", "=", "approved")
            .where(
              sql<boolean>`(ev.at at time zone 'UTC')::date between ${P1.start} and ${P1.end}`,
            ),
        ),
      ]),
    )
    .orderBy("d.code")
    .execute();

describe("exports read back equal the database", () => {
  it.for([1, 2])(
    "carries every indicator figure of period %i into XLSX, CSV and JSON",
    async (period, { h }) => {
      const { indicators } = await b.lead.indicators.list({ projectId: b.projectId });
      const truth = indicators.map((i) => ({
        code: i.code,
        target: i.target === null ? null : Number(i.target),
        previously: period === 1 ? 0 : Number(i.periods[period - 2]?.cumulative ?? 0),
        thisPeriod: Number(i.periods[period - 1]?.value ?? 0),
        cumulative: Number(i.periods[period - 1]?.cumulative ?? 0),
      }));
      expect(truth.some((t) => t.thisPeriod > 0)).toBe(true);
      // The value entered by hand, straight from its table.
      const entered = await h.db
        .selectFrom("indicator_values as v")
        .innerJoin("indicators as i", "i.id", "v.indicator_id")
        .select(["i.code", "v.value", "v.justification"])
        .where("v.project_id", "=", b.projectId)
        .where("v.period_number", "=", period)
        .executeTakeFirstOrThrow();
      expect(truth.find((t) => t.code === entered.code)?.thisPeriod).toBe(Number(entered.value));

      const sheet = (await sheetsOf(leadCtx, period))("Indicators");
      const csv = await csvOf(leadCtx, "indicators", period);
      const json = await jsonOf(leadCtx, period);
      const num = (v: unknown) => (v === "" || v === null || v === undefined ? null : Number(v));
      for (const [what, rows] of [
        ["xlsx", sheet],
        ["csv", csv],
      ] as const) {
        const got = rows.map((r) => ({
          code: r.Code,
          target: num(r.Target),
          previously: num(r.Previously),
          thisPeriod: num(r["This period"]),
          cumulative: num(r.Cumulative),
        }));
        expect(got, what).toEqual(truth);
        const row = rows.find((r) => r.Code === entered.code);
        // Entered by hand, with its justification, neutralised in spreadsheets.
        expect([row?.Entered, row?.Justification], what).toEqual([
          "Yes",
          `'${entered.justification}`,
        ]);
      }
      // XLSX cells are real numbers, not text.
      expect(sheet.every((r) => typeof r["This period"] === "number")).toBe(true);
      expect(
        json.indicators.map(({ code, target, previously, thisPeriod, cumulative }) => ({
          code,
          target,
          previously,
          thisPeriod,
          cumulative,
        })),
      ).toEqual(truth);
      expect(json.indicators.find((i) => i.code === entered.code)).toMatchObject({
        entered: true,
        justification: entered.justification,
      });
    },
  );

  it.for([
    [1, P1],
    [2, P2],
  ] as const)(
    "counts the learning events and peer reviews of period %i as their table does",
    async ([period, dates], { h }) => {
      const held = (kind?: "peer_review") =>
        h.db
          .selectFrom("learning_events")
          .select((eb) => eb.fn.countAll<string>().as("n"))
          .where("project_id", "=", b.projectId)
          .where("deleted_at", "is", null)
          .where("start_date", ">=", dates.start)
          .where("start_date", "<=", dates.end)
          .$if(kind !== undefined, (q) => q.where("kind", "=", "peer_review"))
          .executeTakeFirstOrThrow()
          .then((r) => Number(r.n));
      const truth = { LE: await held(), PR: await held("peer_review") };
      expect(truth.LE).toBeGreaterThan(0);
      const json = await jsonOf(leadCtx, period);
      const sheet = (await sheetsOf(leadCtx, period))("Indicators");
      const csv = await csvOf(leadCtx, "indicators", period);
      for (const code of ["LE", "PR"] as const) {
        expect(json.indicators.find((i) => i.code === code)?.thisPeriod, `json ${code}`).toBe(
          truth[code],
        );
        expect(sheet.find((r) => r.Code === code)?.["This period"], `xlsx ${code}`).toBe(
          truth[code],
        );
        expect(Number(csv.find((r) => r.Code === code)?.["This period"]), `csv ${code}`).toBe(
          truth[code],
        );
      }
    },
  );

  it("lists exactly the period's deliverables with their statuses and due dates", async ({ h }) => {
    const truth = await deliverablesInDb(h);
    expect(truth.map((d) => d.code)).toEqual(["D1.1", "D1.2", "D1.5"]);
    const sheet = (await sheetsOf(leadCtx))("Deliverables");
    expect(
      sheet.map((r) => [r.Code, r.Status, (r["Due date"] as Date).toISOString().slice(0, 10)]),
    ).toEqual(truth.map((d) => [d.code, statusLabel(d.status), d.due]));
    const csv = await csvOf(leadCtx, "deliverables");
    expect(csv.map((r) => [r.Code, r.Status, r["Due date"]])).toEqual(
      truth.map((d) => [d.code, statusLabel(d.status), d.due]),
    );
    const json = await jsonOf(leadCtx);
    expect(json.deliverables.map((d) => [d.code, d.status, d.dueDate])).toEqual(
      truth.map((d) => [d.code, d.status, d.due]),
    );
    // Evidence counts equal the attachments in the database.
    for (const d of json.deliverables) {
      const attached = await h.db
        .selectFrom("attachments")
        .select((eb) => eb.fn.countAll<string>().as("n"))
        .where("project_id", "=", b.projectId)
        .where("entity", "=", "deliverable")
        .where("entity_id", "=", d.id)
        .executeTakeFirstOrThrow();
      expect(d.evidence.length, d.code).toBe(Number(attached.n));
      const row = csv.find((r) => r.Code === d.code);
      expect(Number(row?.["Evidence documents"]), d.code).toBe(d.evidence.length);
    }
  });

  it("describes each annexed document as the documents table does", async ({ h }) => {
    const json: PeriodReportModel = await jsonOf(leadCtx);
    expect(json.annexes.length).toBeGreaterThan(0);
    const rows = await h.db
      .selectFrom("documents")
      .select(["id", "title", "visibility", "owner_partner_id"])
      .where("project_id", "=", b.projectId)
      .where(
        "id",
        "in",
        json.annexes.map((d) => d.id),
      )
      .execute();
    expect(json.annexes.map((d) => [d.id, d.title, d.visibility, d.ownerPartnerId]).sort()).toEqual(
      rows.map((r) => [r.id, r.title, r.visibility, r.owner_partner_id]).sort(),
    );
    const csv = await csvOf(leadCtx, "annexes");
    expect(csv.map((r) => r.Title)).toEqual(json.annexes.map((d) => d.title));
  });

  it("keeps a partner-private document out of an observer's export, in every format", async () => {
    const secret = "Sardegna internal minutes";
    const leadJson = await jsonOf(leadCtx);
    expect(leadJson.annexes.map((d) => d.id)).toContain(b.privateDoc);
    const obsJson = await jsonOf(observerCtx);
    expect(obsJson.report).toMatchObject({ status: "submitted", version: 1 });
    // The submitted version by number is the same frozen value, filtered the same way.
    const v1 = await exported(observerCtx, "format=json&version=1");
    expect(JSON.parse(v1.bytes.toString())).toEqual(obsJson);
    expect(v1.res.headers.get("Content-Disposition")).toContain("-P1-v1-");
    expect(JSON.stringify(obsJson)).not.toContain(b.privateDoc);
    expect((await exported(leadCtx, "format=csv&table=annexes")).bytes.toString()).toContain(
      secret,
    );
    for (const table of ["annexes", "deliverables", "outputs"]) {
      const { bytes } = await exported(observerCtx, `format=csv&table=${table}`);
      expect(bytes.toString()).not.toContain(secret);
    }
    const obsSheet = (await sheetsOf(observerCtx))("Annexes");
    expect(obsSheet.map((r) => r.Title)).not.toContain(secret);
    expect((await sheetsOf(leadCtx))("Annexes").map((r) => r.Title)).toContain(secret);
  });
});
