"use client";

import type { RouterOutputs } from "@consortia/api/client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { RecordForm } from "@/components/record-form";
import { improvementsUrl, improvementUrl } from "@/lib/urls";
import { useRecordForm } from "@/lib/use-record-form";
import { useTRPC, useTRPCClient } from "@/trpc/react";
import type { CheckboxOption } from "./checkbox-list";
import { ImprovementFields, partnerChoices } from "./improvement-fields";
import {
  displayImprovementValue,
  emptyImprovement,
  IMPROVEMENT_FIELD_LABELS,
  type ImprovementValues,
  type Option,
  toImprovementInput,
  toImprovementValues,
} from "./improvement-values";

type Saved = RouterOutputs["improvements"]["get"];

/**
 * Records a policy improvement (as expected) or changes one. A change names the version it
 * was based on; when someone else saved first, this person's values stay, what is saved now
 * is shown beside them, and the next save is based on that newer version.
 */
export function ImprovementForm({
  projectId,
  improvement,
  partners,
  practices,
  defaultPartner,
  defaultInstrument,
  canChangePartner,
}: {
  projectId: string;
  improvement: Saved | null;
  partners: Option[];
  practices: CheckboxOption[];
  defaultPartner: string;
  defaultInstrument: string;
  canChangePartner: boolean;
}) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const router = useRouter();
  const create = useMutation(trpc.improvements.create.mutationOptions());
  const update = useMutation(trpc.improvements.update.mutationOptions());
  const form = useForm<ImprovementValues>({
    defaultValues: improvement
      ? toImprovementValues(improvement)
      : emptyImprovement(defaultPartner, defaultInstrument),
  });
  const record = useRecordForm({
    form,
    existing: improvement !== null,
    initialVersion: improvement?.version ?? 0,
    labels: IMPROVEMENT_FIELD_LABELS,
    load: () => client.improvements.get.query({ projectId, improvementId: improvement?.id ?? "" }),
    toValues: toImprovementValues,
    deletedMessage:
      "Someone deleted this improvement or hid it from you. Copy your text before you leave this page.",
    isStale: (e) => e.code === "CONFLICT" && /changed by someone else/.test(e.message),
    focusable: (name) => name !== "actionIds" && name !== "goodPracticeIds",
  });
  const partnerId = canChangePartner ? form.watch("partnerId") : defaultPartner;
  const choices = useQuery(
    trpc.policyViews.instrumentStatus.queryOptions(
      { projectId, partnerId },
      { enabled: partnerId.length > 0 },
    ),
  );
  const { instruments, actions } = partnerChoices(choices.data);

  // Options arrive after the select is drawn: show the chosen one, or the only one there is.
  useEffect(() => {
    if (!choices.data) return;
    const current = form.getValues("policyInstrumentId");
    const only = choices.data.instruments.length === 1 ? choices.data.instruments[0]?.id : "";
    form.setValue("policyInstrumentId", current || only || "");
  }, [choices.data, form]);

  const onSubmit = record.submit(async (values) => {
    const input = { projectId, ...toImprovementInput({ ...values, partnerId }) };
    const row = improvement
      ? await update.mutateAsync({
          ...input,
          improvementId: improvement.id,
          version: record.version,
        })
      : await create.mutateAsync(input);
    toast.success(
      improvement
        ? record.saved
          ? "Your version is saved"
          : "Improvement saved"
        : "Improvement recorded",
    );
    await queryClient.invalidateQueries(trpc.improvements.pathFilter());
    router.push(improvementUrl(projectId, row.id));
    router.refresh();
  });

  const names = {
    partners,
    instruments,
    actions: actions.map((a) => ({ id: a.id, name: a.name })),
    practices: practices.map((p) => ({ id: p.id, name: p.name })),
  };
  return (
    <RecordForm
      form={form}
      record={record}
      label="Policy improvement"
      what="improvement"
      display={(k, v) => displayImprovementValue(k, v, names)}
      onSubmit={onSubmit}
      cancel={improvement ? improvementUrl(projectId, improvement.id) : improvementsUrl(projectId)}
      submitLabel={improvement ? "Save improvement" : "Record improvement"}
    >
      <ImprovementFields
        form={form}
        partners={partners}
        canChangePartner={canChangePartner}
        status={choices.data}
        loadingChoices={choices.isLoading}
        practices={practices}
        needed={!improvement || improvement.status === "expected"}
      />
    </RecordForm>
  );
}
