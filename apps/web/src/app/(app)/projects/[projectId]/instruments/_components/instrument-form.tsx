"use client";

import type { RouterOutputs } from "@consortia/api/client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { RecordForm } from "@/components/record-form";
import { instrumentsUrl, instrumentUrl } from "@/lib/urls";
import { useRecordForm } from "@/lib/use-record-form";
import { useTRPC, useTRPCClient } from "@/trpc/react";
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
  const record = useRecordForm({
    form,
    existing: instrument !== null,
    initialVersion: instrument?.version ?? 0,
    labels: INSTRUMENT_LABELS,
    load: () =>
      client.policyInstruments.get.query({ projectId, policyInstrumentId: instrument?.id ?? "" }),
    toValues: toInstrumentValues,
    deletedMessage:
      "Someone deleted this policy instrument. Copy your text before you leave this page.",
  });

  const onSubmit = record.submit(async (values) => {
    // A disabled select comes back empty; only lead coordinators choose another partner.
    const partnerId = canChangePartner
      ? values.partnerId
      : (instrument?.partnerId ?? defaultPartner);
    const input = { projectId, ...toInstrumentInput({ ...values, partnerId }) };
    const row = instrument
      ? await update.mutateAsync({
          ...input,
          policyInstrumentId: instrument.id,
          version: record.version,
        })
      : await create.mutateAsync(input);
    toast.success(
      instrument
        ? record.saved
          ? "Your version is saved"
          : "Instrument saved"
        : "Instrument added",
    );
    await queryClient.invalidateQueries(trpc.policyInstruments.pathFilter());
    router.push(instrumentUrl(projectId, row.id));
    router.refresh();
  });

  return (
    <RecordForm
      form={form}
      record={record}
      label="Policy instrument"
      what="policy instrument"
      display={(k, v) => displayInstrumentValue(k, v, partners)}
      onSubmit={onSubmit}
      cancel={instrument ? instrumentUrl(projectId, instrument.id) : instrumentsUrl(projectId)}
      submitLabel={instrument ? "Save instrument" : "Add instrument"}
    >
      <InstrumentFields form={form} partners={partners} canChangePartner={canChangePartner} />
    </RecordForm>
  );
}
