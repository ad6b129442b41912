import { EDITOR_ROLES, LEAD_ROLES, READ_ROLES, type Role } from "../shared/roles";
import type { DocumentFixtures } from "../testing/document-fixtures";
import type { Fixtures } from "../testing/harness";
import { createContract } from "./contracts-service";
import type { ItemInput } from "./items-schemas";
import { IMPORT_COLUMNS } from "./items-schemas";
import { createItem } from "./items-service";
import { setRate } from "./rates-service";

type Entry = { roles: Role[]; input: (f: Fixtures) => unknown };

/** A valid travel item of period 3 (2026-03-01 to 2026-08-31 in the test project). */
export const TRAVEL_ITEM: ItemInput = {
  category: "travel",
  internalReference: "T-1",
  invoiceNumber: "INV-1",
  invoiceDate: "2026-03-02",
  paymentDate: "2026-03-10",
  description: "Train to the study visit in Lyon",
  totalInvoice: "120.00",
  vat: "",
  declared: "120.00",
  currency: "EUR",
  contractId: null,
  staffPerson: "",
  staffRole: "",
  staffBasis: null,
  staffSharePercent: "",
  staffHours: "",
  staffSalary: "",
  evidenceIds: [],
};

export const CONTRACT = {
  name: "Evaluation of the regional action plan",
  reference: "PROC-2026-01",
  contractDate: "2026-02-01",
  procurementType: "open" as const,
  amount: "25 000,00",
  currency: "EUR",
  supplierName: "Evalua AB",
  supplierVat: "SE556677889901",
};

/**
 * Permission-matrix rows for the list of expenditure, contracts and rates. Changing calls act
 * for Region Stockholm (the matrix's partner editor's partner), period 3; each gets a fresh
 * item, contract or rate made by the lead coordinator.
 */
export function expenditureEntries(docs: () => DocumentFixtures): Record<string, Entry> {
  const p = (f: Fixtures) => ({ projectId: f.projectA.id });
  const report = (f: Fixtures) => ({ ...p(f), partnerId: f.partnersA.se, periodNumber: 3 });
  const leadCtx = (f: Fixtures) => docs().projectCtxFor(f.users.lead_coordinator.id);
  const freshItem = async (f: Fixtures) => {
    const r = report(f);
    return createItem(await leadCtx(f), { ...TRAVEL_ITEM, ...r }, new Date());
  };
  const freshContract = async (f: Fixtures) =>
    createContract(await leadCtx(f), { ...CONTRACT, partnerId: f.partnersA.se });
  const editors = [...EDITOR_ROLES];
  const pasted = [
    IMPORT_COLUMNS.map((c) => c.header).join("\t"),
    "Travel and accommodation\t\tINV-9\t2026-03-03\t2026-03-04\tBus tickets\t40\t\t40\tEUR",
  ].join("\n");
  return {
    "expenditure.list": { roles: [...READ_ROLES], input: report },
    "expenditure.create": { roles: editors, input: (f) => ({ ...report(f), ...TRAVEL_ITEM }) },
    "expenditure.update": {
      roles: editors,
      input: async (f) => {
        const i = await freshItem(f);
        return { ...p(f), ...TRAVEL_ITEM, itemId: i.id, version: i.version, declared: "100" };
      },
    },
    "expenditure.duplicate": {
      roles: editors,
      input: async (f) => ({ ...p(f), itemId: (await freshItem(f)).id }),
    },
    "expenditure.delete": {
      roles: editors,
      input: async (f) => {
        const i = await freshItem(f);
        return { ...p(f), itemId: i.id, version: i.version };
      },
    },
    "expenditure.importItems": {
      roles: editors,
      input: (f) => ({ ...report(f), format: "paste", content: pasted }),
    },
    "expenditure.contracts": {
      roles: [...READ_ROLES],
      input: (f) => ({ ...p(f), partnerId: f.partnersA.se }),
    },
    "expenditure.createContract": {
      roles: editors,
      input: (f) => ({ ...p(f), partnerId: f.partnersA.se, ...CONTRACT }),
    },
    "expenditure.updateContract": {
      roles: editors,
      input: async (f) => {
        const c = await freshContract(f);
        return { ...p(f), ...CONTRACT, contractId: c.id, version: c.version, supplierVat: "" };
      },
    },
    "expenditure.deleteContract": {
      roles: editors,
      input: async (f) => {
        const c = await freshContract(f);
        return { ...p(f), contractId: c.id, version: c.version };
      },
    },
    "expenditure.rates": { roles: [...READ_ROLES], input: p },
    "expenditure.setRate": {
      roles: [...LEAD_ROLES],
      input: (f) => ({ ...p(f), currency: "SEK", month: "2026-01", rate: "11.2345" }),
    },
    "expenditure.deleteRate": {
      roles: [...LEAD_ROLES],
      input: async (f) => {
        const rate = { currency: "NOK", month: "2026-02", rate: "11.5" };
        await setRate(await leadCtx(f), rate);
        return { ...p(f), currency: rate.currency, month: rate.month };
      },
    },
    "expenditure.importRates": {
      roles: [...LEAD_ROLES],
      input: (f) => ({
        ...p(f),
        content: "currency,month,rate\nPLN,2026-01,4.2617\n",
        month: null,
      }),
    },
  };
}
