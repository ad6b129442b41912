"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Pencil, Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import {
  fieldsOf,
  nameOptions,
  SelectField,
  TextAreaField,
  TextField,
} from "@/components/form-fields";
import { RecordForm } from "@/components/record-form";
import { TitledDialog } from "@/components/titled-dialog";
import { Button } from "@/components/ui/button";
import { useRecordForm } from "@/lib/use-record-form";
import { useTRPC, useTRPCClient } from "@/trpc/react";
import type { PartnerOption, WorkPackage } from "./types";

type Values = {
  number: string;
  title: string;
  objectives: string;
  leadPartnerId: string;
  startDate: string;
  endDate: string;
};
const LABELS: Record<keyof Values, string> = {
  number: "Number",
  title: "Title",
  objectives: "Objectives",
  leadPartnerId: "Lead partner",
  startDate: "Start",
  endDate: "End",
};
const toValues = (w: Omit<WorkPackage, "deliverableCount" | "approvedCount">): Values => ({
  number: String(w.number),
  title: w.title,
  objectives: w.objectives,
  leadPartnerId: w.leadPartnerId,
  startDate: w.startDate,
  endDate: w.endDate,
});

/** "Add work package" or "Edit" with its dialog, for lead coordinators. */
export function WorkPackageDialog(props: {
  projectId: string;
  partners: PartnerOption[];
  workPackage?: WorkPackage;
  nextNumber?: number;
}) {
  const [open, setOpen] = useState(false);
  const wp = props.workPackage;
  return (
    <TitledDialog
      open={open}
      onOpenChange={setOpen}
      trigger={
        wp ? (
          <Button variant="outline" size="sm">
            <Pencil aria-hidden /> Edit<span className="sr-only"> work package {wp.number}</span>
          </Button>
        ) : (
          <Button>
            <Plus aria-hidden /> Add work package
          </Button>
        )
      }
      title={wp ? `Edit work package ${wp.number}` : "Add a work package"}
      description="Work packages group the activities and deliverables of the work plan."
      wide
    >
      <WorkPackageForm {...props} onDone={() => setOpen(false)} />
    </TitledDialog>
  );
}

function WorkPackageForm({
  projectId,
  partners,
  workPackage: wp,
  nextNumber,
  onDone,
}: {
  projectId: string;
  partners: PartnerOption[];
  workPackage?: WorkPackage | undefined;
  nextNumber?: number | undefined;
  onDone: () => void;
}) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const router = useRouter();
  const empty: Values = {
    number: String(nextNumber ?? 1),
    title: "",
    objectives: "",
    leadPartnerId: "",
    startDate: "",
    endDate: "",
  };
  const form = useForm<Values>({ defaultValues: wp ? toValues(wp) : empty });
  const field = fieldsOf(form);
  const create = useMutation(trpc.workPackages.create.mutationOptions());
  const update = useMutation(trpc.workPackages.update.mutationOptions());
  const record = useRecordForm({
    form,
    existing: wp !== undefined,
    initialVersion: wp?.version ?? 0,
    labels: LABELS,
    load: () => client.workPackages.get.query({ projectId, workPackageId: wp?.id ?? "" }),
    toValues,
    deletedMessage: "Someone deleted this work package. Copy your text before you leave.",
    onConflict: () => router.refresh(),
  });

  const onSubmit = record.submit(async (v) => {
    const input = { projectId, ...v, number: Number(v.number) };
    const row = wp
      ? await update.mutateAsync({ ...input, workPackageId: wp.id, version: record.version })
      : await create.mutateAsync(input);
    toast.success(`Work package ${row.number} saved`);
    await queryClient.invalidateQueries(trpc.workPackages.pathFilter());
    router.refresh();
    onDone();
  });

  const partnerName = (id: string) => partners.find((p) => p.id === id)?.name ?? "–";
  return (
    <RecordForm
      form={form}
      record={record}
      label="Work package"
      what="work package"
      display={(k, v) => (k === "leadPartnerId" ? partnerName(v[k]) : v[k] || "–")}
      conflict={{ headingLevel: 3 }}
      onSubmit={onSubmit}
      cancel={onDone}
      submitLabel="Save"
    >
      <div className="grid gap-4 sm:grid-cols-[8rem_1fr]">
        <TextField label="Number" type="number" min={1} max={99} {...field("number")} />
        <TextField label="Title" {...field("title")} />
      </div>
      <TextAreaField label="Objectives" rows={4} {...field("objectives")} />
      <SelectField
        label="Lead partner"
        {...field("leadPartnerId")}
        placeholder="Choose a partner"
        options={nameOptions(partners)}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Start" type="date" {...field("startDate")} />
        <TextField label="End" type="date" {...field("endDate")} />
      </div>
    </RecordForm>
  );
}
