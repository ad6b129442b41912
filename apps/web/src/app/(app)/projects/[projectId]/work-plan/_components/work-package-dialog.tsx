"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Pencil, Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input, NativeSelect, Textarea } from "@/components/ui/input";
import { describeError } from "@/lib/errors";
import { useTRPC, useTRPCClient } from "@/trpc/react";
import { FormButtons } from "./form-buttons";
import { SavedNow } from "./saved-now";
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
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        {wp ? (
          <Button variant="outline" size="sm">
            <Pencil aria-hidden /> Edit<span className="sr-only"> work package {wp.number}</span>
          </Button>
        ) : (
          <Button>
            <Plus aria-hidden /> Add work package
          </Button>
        )}
      </DialogTrigger>
      <DialogContent className="max-w-2xl">
        <DialogHeader>
          <DialogTitle>{wp ? `Edit work package ${wp.number}` : "Add a work package"}</DialogTitle>
          <DialogDescription>
            Work packages group the activities and deliverables of the work plan.
          </DialogDescription>
        </DialogHeader>
        <WorkPackageForm {...props} onDone={() => setOpen(false)} />
      </DialogContent>
    </Dialog>
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
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(wp?.version ?? 0);
  const [saved, setSaved] = useState<Values | null>(null);
  const empty: Values = {
    number: String(nextNumber ?? 1),
    title: "",
    objectives: "",
    leadPartnerId: "",
    startDate: "",
    endDate: "",
  };
  const form = useForm<Values>({ defaultValues: wp ? toValues(wp) : empty });
  const { errors, isSubmitting } = form.formState;
  const create = useMutation(trpc.workPackages.create.mutationOptions());
  const update = useMutation(trpc.workPackages.update.mutationOptions());

  const onSubmit = form.handleSubmit(async (v) => {
    setError(null);
    const input = { projectId, ...v, number: Number(v.number) };
    try {
      const row = wp
        ? await update.mutateAsync({ ...input, workPackageId: wp.id, version })
        : await create.mutateAsync(input);
      toast.success(`Work package ${row.number} saved`);
      await queryClient.invalidateQueries(trpc.workPackages.pathFilter());
      router.refresh();
      onDone();
    } catch (err) {
      const { message, fieldErrors, code } = describeError(err);
      if (code === "CONFLICT" && wp && Object.keys(fieldErrors).length === 0) {
        try {
          const latest = await client.workPackages.get.query({ projectId, workPackageId: wp.id });
          setVersion(latest.version);
          setSaved(toValues(latest));
          router.refresh();
        } catch (e) {
          setError(describeError(e).message);
        }
        return;
      }
      setError(message);
      for (const [name, msgs] of Object.entries(fieldErrors))
        if (msgs?.length && name in LABELS)
          form.setError(name as keyof Values, { message: msgs.join(" ") });
    }
  });

  const partnerName = (id: unknown) => partners.find((p) => p.id === id)?.name ?? "–";
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4" aria-label="Work package">
      {error && <Alert variant="error">{error}</Alert>}
      {saved && (
        <SavedNow
          what="work package"
          labels={LABELS}
          saved={saved}
          current={form.watch()}
          show={(k, v) => (k === "leadPartnerId" ? partnerName(v) : String(v || "–"))}
          onUseSaved={(k) => form.setValue(k, saved[k], { shouldDirty: true })}
        />
      )}
      <div className="grid gap-4 sm:grid-cols-[8rem_1fr]">
        <Field label="Number" error={errors.number?.message}>
          {(p) => <Input {...p} type="number" min={1} max={99} {...form.register("number")} />}
        </Field>
        <Field label="Title" error={errors.title?.message}>
          {(p) => <Input {...p} {...form.register("title")} />}
        </Field>
      </div>
      <Field label="Objectives" error={errors.objectives?.message}>
        {(p) => <Textarea {...p} rows={4} {...form.register("objectives")} />}
      </Field>
      <Field label="Lead partner" error={errors.leadPartnerId?.message}>
        {(p) => (
          <NativeSelect {...p} {...form.register("leadPartnerId")}>
            <option value="">Choose a partner</option>
            {partners.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </NativeSelect>
        )}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Start" error={errors.startDate?.message}>
          {(p) => <Input {...p} type="date" {...form.register("startDate")} />}
        </Field>
        <Field label="End" error={errors.endDate?.message}>
          {(p) => <Input {...p} type="date" {...form.register("endDate")} />}
        </Field>
      </div>
      <FormButtons onCancel={onDone} pending={isSubmitting} again={saved !== null} />
    </form>
  );
}
