"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Pencil, Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { fieldsOf, TextAreaField, TextField } from "@/components/form-fields";
import { RecordForm } from "@/components/record-form";
import { TitledDialog } from "@/components/titled-dialog";
import { Button } from "@/components/ui/button";
import { useRecordForm } from "@/lib/use-record-form";
import { useTRPC, useTRPCClient } from "@/trpc/react";
import { type Activity, type PartnerOption, partnerNames, type WorkPackage } from "./types";

type Values = {
  title: string;
  description: string;
  partnerIds: string[];
  startDate: string;
  endDate: string;
};
const LABELS: Record<keyof Values, string> = {
  title: "Title",
  description: "Description",
  partnerIds: "Partners involved",
  startDate: "Start",
  endDate: "End",
};
const toValues = (a: Activity): Values => ({
  title: a.title,
  description: a.description,
  partnerIds: a.partnerIds,
  startDate: a.startDate,
  endDate: a.endDate,
});

type Props = {
  projectId: string;
  partners: PartnerOption[];
  workPackage: WorkPackage;
  activity?: Activity;
};

/** Adds or edits an activity of a work package; dates outside it are saved with a warning. */
export function ActivityDialog(props: Props) {
  const [open, setOpen] = useState(false);
  const a = props.activity;
  return (
    <TitledDialog
      open={open}
      onOpenChange={setOpen}
      trigger={
        <Button variant="outline" size="sm">
          {a ? <Pencil aria-hidden /> : <Plus aria-hidden />}
          {a ? "Edit" : "Add activity"}
          <span className="sr-only">
            {a ? ` activity ${a.title}` : ` to work package ${props.workPackage.number}`}
          </span>
        </Button>
      }
      title={a ? "Edit activity" : `Add an activity to work package ${props.workPackage.number}`}
      description={
        <>
          Work package {props.workPackage.number} runs {props.workPackage.startDate} –{" "}
          {props.workPackage.endDate}.
        </>
      }
      wide
    >
      <ActivityForm {...props} onDone={() => setOpen(false)} />
    </TitledDialog>
  );
}

function ActivityForm({
  projectId,
  partners,
  workPackage: wp,
  activity: a,
  onDone,
}: Props & { onDone: () => void }) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const router = useRouter();
  const form = useForm<Values>({
    defaultValues: a
      ? toValues(a)
      : {
          title: "",
          description: "",
          partnerIds: [],
          startDate: wp.startDate,
          endDate: wp.endDate,
        },
  });
  const { errors } = form.formState;
  const field = fieldsOf(form);
  const create = useMutation(trpc.activities.create.mutationOptions());
  const update = useMutation(trpc.activities.update.mutationOptions());
  const record = useRecordForm({
    form,
    existing: a !== undefined,
    initialVersion: a?.version ?? 0,
    labels: LABELS,
    load: async () => {
      const all = await client.activities.list.query({ projectId, workPackageId: wp.id });
      return all.find((x) => x.id === a?.id) ?? null;
    },
    toValues,
    deletedMessage: "Someone deleted this activity or moved it. Copy your text before you leave.",
    focusable: (name) => name !== "partnerIds",
    onConflict: () => router.refresh(),
  });

  const onSubmit = record.submit(async (v) => {
    const input = { projectId, workPackageId: wp.id, ...v };
    const row = a
      ? await update.mutateAsync({ ...input, activityId: a.id, version: record.version })
      : await create.mutateAsync(input);
    toast.success(`Activity “${v.title}” saved`);
    for (const msgs of Object.values(row.warnings))
      for (const m of msgs ?? []) toast.warning(m, { duration: 10_000 });
    await queryClient.invalidateQueries(trpc.activities.pathFilter());
    router.refresh();
    onDone();
  });

  return (
    <RecordForm
      form={form}
      record={record}
      label="Activity"
      what="activity"
      display={(k, v) =>
        k === "partnerIds" ? partnerNames(v.partnerIds, partners) || "–" : String(v[k] || "–")
      }
      conflict={{ headingLevel: 3 }}
      onSubmit={onSubmit}
      cancel={onDone}
      submitLabel="Save"
    >
      <TextField label="Title" {...field("title")} />
      <TextAreaField label="Description" rows={3} {...field("description")} />
      <fieldset className="grid gap-2">
        <legend className="text-sm font-medium">Partners involved</legend>
        <div className="grid gap-1 sm:grid-cols-2">
          {partners.map((o) => (
            <label key={o.id} className="flex items-start gap-2 text-sm">
              <input
                type="checkbox"
                value={o.id}
                className="mt-1"
                {...form.register("partnerIds")}
              />
              <span>{o.name}</span>
            </label>
          ))}
        </div>
        {errors.partnerIds?.message && (
          <p className="text-sm text-destructive">{errors.partnerIds.message}</p>
        )}
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Start" type="date" {...field("startDate")} />
        <TextField label="End" type="date" {...field("endDate")} />
      </div>
    </RecordForm>
  );
}
