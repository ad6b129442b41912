"use client";

import type { RouterOutputs } from "@consortia/api/client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { instrumentsUrl, instrumentUrl } from "@/lib/urls";
import { useRecordForm } from "@/lib/use-record-form";
import { useTRPC, useTRPCClient } from "@/trpc/react";
import { ConflictNotice } from "../../learning/_components/conflict-notice";
import { InstrumentFields } from "./instrument-fields";
import {
  displayInstrumentValue,
  emptyInstrument,
  INSTRUMENT_LABELS,
  type InstrumentValues,
  type PartnerOption,
  toInstrumentInput,
  toInstrumentValues,
} from "./instrument-values";

type Saved = RouterOutputs["policyInstruments"]["get"];

/**
 * Records a partner's policy instrument or changes one. A change names the version it was
 * based on; when someone else saved first, the form keeps this person's text, shows what is
 * saved now, and the next save is based on that newer version.
 */
export function InstrumentForm({
  projectId,
  instrument,
  partners,
  defaultPartner,
  defaultMain,
  canChangePartner,
}: {
  projectId: string;
  instrument: Saved | null;
  partners: PartnerOption[];
  defaultPartner: string;
  defaultMain: boolean;
  canChangePartner: boolean;
}) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const router = useRouter();
  const create = useMutation(trpc.policyInstruments.create.mutationOptions());
  const update = useMutation(trpc.policyInstruments.update.mutationOptions());
  const form = useForm<InstrumentValues>({
    defaultValues: instrument
      ? toInstrumentValues(instrument)
      : emptyInstrument(defaultPartner, defaultMain),
  });
  const { version, saved, error, clear, fail } = useRecordForm({
    form,
    initialVersion: instrument?.version ?? 0,
    labels: INSTRUMENT_LABELS,
    load: () =>
      client.policyInstruments.get.query({ projectId, policyInstrumentId: instrument?.id ?? "" }),
    toValues: toInstrumentValues,
    deletedMessage:
      "Someone deleted this policy instrument. Copy your text before you leave this page.",
    isStale: (e) => e.code === "CONFLICT" && Object.keys(e.fieldErrors).length === 0,
  });

  const onSubmit = form.handleSubmit(async (values) => {
    clear();
    // A disabled select comes back empty; only lead coordinators choose another partner.
    const partnerId = canChangePartner
      ? values.partnerId
      : (instrument?.partnerId ?? defaultPartner);
    const input = { projectId, ...toInstrumentInput({ ...values, partnerId }) };
    try {
      const row = instrument
        ? await update.mutateAsync({ ...input, policyInstrumentId: instrument.id, version })
        : await create.mutateAsync(input);
      toast.success(
        instrument ? (saved ? "Your version is saved" : "Instrument saved") : "Instrument added",
      );
      await queryClient.invalidateQueries(trpc.policyInstruments.pathFilter());
      router.push(instrumentUrl(projectId, row.id));
      router.refresh();
    } catch (err) {
      await fail(err, instrument !== null);
    }
  });

  return (
    <form onSubmit={onSubmit} className="grid gap-4" noValidate aria-label="Policy instrument">
      {error && <Alert variant="error">{error}</Alert>}
      {saved && (
        <ConflictNotice
          what="policy instrument"
          saved={saved}
          current={form.watch()}
          labels={INSTRUMENT_LABELS}
          display={(k, v) => displayInstrumentValue(k, v, partners)}
          onUseSaved={(k) => form.setValue(k, saved[k], { shouldDirty: true })}
        />
      )}
      <InstrumentFields form={form} partners={partners} canChangePartner={canChangePartner} />
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button asChild variant="outline">
          <Link
            href={instrument ? instrumentUrl(projectId, instrument.id) : instrumentsUrl(projectId)}
          >
            Cancel
          </Link>
        </Button>
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting
            ? "Saving…"
            : saved
              ? "Save again"
              : instrument
                ? "Save instrument"
                : "Add instrument"}
        </Button>
      </div>
    </form>
  );
}
