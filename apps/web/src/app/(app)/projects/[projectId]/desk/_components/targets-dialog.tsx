"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { DialogButtons, TitledDialog } from "@/components/titled-dialog";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { describeError, type FieldErrors } from "@/lib/errors";
import { useTRPC } from "@/trpc/react";

type Targets = { events: number | null; peerReviews: number | null; practices: number | null };

const parse = (v: string): number | null => (v.trim() === "" ? null : Number(v));

/** The three targets as the form shows them; only good practices must have one. */
const TARGET_FIELDS = [
  { key: "events", label: "Learning events held", required: false },
  { key: "peerReviews", label: "Peer reviews held", required: false },
  { key: "practices", label: "Good practices validated", required: true },
] as const;
type TargetKey = (typeof TARGET_FIELDS)[number]["key"];
type TargetValues = Record<TargetKey, string>;

const asTyped = (t: Targets): TargetValues => ({
  events: t.events?.toString() ?? "",
  peerReviews: t.peerReviews?.toString() ?? "",
  practices: t.practices?.toString() ?? "",
});

/** Lead coordinators set what the desk measures learning against. */
export function TargetsDialog({
  projectId,
  targets,
  version,
}: {
  projectId: string;
  targets: Targets;
  version: number;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const saved = asTyped(targets);
  const [values, setValues] = useState<TargetValues>(saved);
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<FieldErrors>({});
  const learning = useMutation(trpc.desk.setLearningTargets.mutationOptions());

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    setError(null);
    setFields({});
    const practiceTarget = parse(values.practices);
    if (practiceTarget === null) {
      setFields({ practices: ["Give a number"] });
      return;
    }
    try {
      // The three targets live in the indicator catalogue and are saved together.
      await learning.mutateAsync({
        projectId,
        events: parse(values.events),
        peerReviews: parse(values.peerReviews),
        practices: practiceTarget,
        version,
      });
      toast.success("Targets saved");
      setOpen(false);
      router.refresh();
    } catch (err) {
      const { message, fieldErrors, code } = describeError(err);
      setError(
        code === "CONFLICT"
          ? "Someone changed the targets meanwhile. The desk now shows the saved targets; save again to apply yours."
          : message,
      );
      setFields(fieldErrors);
      if (code === "CONFLICT") router.refresh();
    }
  }

  const set = (k: TargetKey) => (e: React.ChangeEvent<HTMLInputElement>) =>
    setValues((v) => ({ ...v, [k]: e.target.value }));
  const pending = learning.isPending;
  return (
    <TitledDialog
      unsaved={TARGET_FIELDS.some(({ key }) => values[key] !== saved[key])}
      open={open}
      onOpenChange={(next) => {
        if (next) {
          setValues(saved);
          setError(null);
          setFields({});
        }
        setOpen(next);
      }}
      trigger={
        <Button variant="outline" size="sm">
          Set targets
        </Button>
      }
      title="Learning targets"
      description="What the partnership committed to in the application. Leave a learning target empty if the project has none."
    >
      <form onSubmit={onSubmit} className="grid gap-4" noValidate>
        {error && <Alert variant="error">{error}</Alert>}
        {TARGET_FIELDS.map(({ key, label, required }) => (
          <Field key={key} label={label} error={fields[key]}>
            {(p) => (
              <Input
                {...p}
                type="number"
                min={0}
                max={1000}
                inputMode="numeric"
                required={required}
                value={values[key]}
                onChange={set(key)}
              />
            )}
          </Field>
        ))}
        <DialogButtons onCancel={() => setOpen(false)} pending={pending} label="Save targets" />
      </form>
    </TitledDialog>
  );
}
