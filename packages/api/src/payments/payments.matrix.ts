import { LEAD_ROLES, READ_ROLES, type Role } from "../shared/roles";
import type { Fixtures, Harness } from "../testing/harness";
import { recordPayment } from "./payments-write";
import { certifiedClaim } from "./test-claims";
import { recordTransfer } from "./transfers-write";

type Entry = { roles: Role[]; input: (f: Fixtures) => unknown };

/** The claim the matrix pays: a period far from those other rows use. */
const PERIOD = 39;

/**
 * Permission-matrix rows of payments: every member reads the payments page; lead coordinators
 * and admins record and change payments, transfers and the waiting limit. Each changing call
 * gets a fresh partner certified in the matrix's claim (so there is money to pay and pass on),
 * and the records it changes are made through the real services.
 */
export function paymentEntries(h: () => Harness): Record<string, Entry> {
  const p = (f: Fixtures) => ({ projectId: f.projectA.id });
  const lead = (f: Fixtures) => h().projectCtxFor(f.users.lead_coordinator.id);
  const claim = async (f: Fixtures) => {
    const partnerId = (await f.newPartner()).id;
    const claimId = await certifiedClaim(h().db, f.projectA.id, PERIOD, [
      { partnerId, certifiedCents: 100_000 },
    ]);
    return { partnerId, claimId };
  };
  const paymentFields = (claimId: string) => ({
    receivedOn: "2025-11-03",
    amountCents: 1_000,
    claimIds: [claimId],
    note: "",
  });
  const payment = async (f: Fixtures) => {
    const c = await claim(f);
    const row = await recordPayment(await lead(f), paymentFields(c.claimId), new Date());
    return { ...c, paymentId: row.id };
  };
  const transferFields = (partnerId: string, paymentId: string) => ({
    partnerId,
    transferredOn: "2025-11-10",
    amountCents: 10,
    reference: "",
    paymentId,
  });
  const transfer = async (f: Fixtures) => {
    const pay = await payment(f);
    const row = await recordTransfer(
      await lead(f),
      transferFields(pay.partnerId, pay.paymentId),
      new Date(),
    );
    return { ...pay, transferId: row.id };
  };
  return {
    "payments.overview": { roles: [...READ_ROLES], input: (f) => p(f) },
    "payments.recordPayment": {
      roles: [...LEAD_ROLES],
      input: async (f) => ({ ...p(f), ...paymentFields((await claim(f)).claimId) }),
    },
    "payments.updatePayment": {
      roles: [...LEAD_ROLES],
      input: async (f) => {
        const pay = await payment(f);
        return { ...p(f), id: pay.paymentId, version: 1, ...paymentFields(pay.claimId) };
      },
    },
    "payments.deletePayment": {
      roles: [...LEAD_ROLES],
      input: async (f) => ({ ...p(f), id: (await payment(f)).paymentId, version: 1 }),
    },
    "payments.recordTransfer": {
      roles: [...LEAD_ROLES],
      input: async (f) => {
        const pay = await payment(f);
        return { ...p(f), ...transferFields(pay.partnerId, pay.paymentId) };
      },
    },
    "payments.updateTransfer": {
      roles: [...LEAD_ROLES],
      input: async (f) => {
        const t = await transfer(f);
        return {
          ...p(f),
          id: t.transferId,
          version: 1,
          ...transferFields(t.partnerId, t.paymentId),
        };
      },
    },
    "payments.deleteTransfer": {
      roles: [...LEAD_ROLES],
      input: async (f) => ({ ...p(f), id: (await transfer(f)).transferId, version: 1 }),
    },
    "payments.setWaitDays": {
      roles: [...LEAD_ROLES],
      input: async (f) => {
        const row = await h()
          .db.selectFrom("finance_settings")
          .select("version")
          .where("project_id", "=", f.projectA.id)
          .executeTakeFirst();
        return { ...p(f), days: 45, version: row?.version ?? 0 };
      },
    },
  };
}
