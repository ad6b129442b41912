"use client";

import type { RouterOutputs } from "@consortia/api/client";
import { DUTY_LABELS } from "@consortia/api/schemas";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { ColumnHeads } from "@/components/column-heads";
import { ConfirmAction } from "@/components/confirm-action";
import { labelOptions, nameOptions, SelectField } from "@/components/form-fields";
import { ScrollingTable } from "@/components/scrolling-table";
import { TextLink } from "@/components/text-link";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TBody, TD, TH, TR } from "@/components/ui/table";
import { useAction } from "@/lib/use-action";
import { useTRPC } from "@/trpc/react";

type Assignments = RouterOutputs["control"]["assignments"];
type Duty = keyof typeof DUTY_LABELS;

/**
 * Appointing controllers (lead coordinators): who controls which partner, as controller or
 * reviewer. A controller who is not a member yet is invited under Members first.
 */
export function AppointControllers({
  projectId,
  data,
  partners,
}: {
  projectId: string;
  data: Assignments;
  partners: { id: string; name: string }[];
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const assign = useMutation(trpc.control.assign.mutationOptions());
  const unassign = useMutation(trpc.control.unassign.mutationOptions());
  const action = useAction();
  const [form, setForm] = useState({ userId: "", partnerId: "", duty: "controller" });
  const set = (k: keyof typeof form) => (e: React.ChangeEvent<HTMLSelectElement>) =>
    setForm((f) => ({ ...f, [k]: e.target.value }));
  return (
    <div className="grid gap-4">
      {data.assignments.length === 0 ? (
        <p className="text-sm text-muted-foreground">No controller is appointed yet.</p>
      ) : (
        <ScrollingTable label="Appointed controllers">
          <caption className="sr-only">Controllers and reviewers per partner</caption>
          <ColumnHeads
            columns={["Partner", "Person", "Duty", { label: "Actions", srOnly: true }]}
          />
          <TBody>
            {data.assignments.map((a) => (
              <TR key={`${a.partnerId}-${a.userId}`}>
                <TH scope="row" className="font-medium text-foreground">
                  {a.partnerShortName}
                </TH>
                <TD>
                  {a.name}
                  {a.email && (
                    <span className="block text-xs text-muted-foreground">{a.email}</span>
                  )}
                </TD>
                <TD>{DUTY_LABELS[a.duty]}</TD>
                <TD className="text-right">
                  <ConfirmAction
                    size="sm"
                    title={`End ${a.name}'s appointment for ${a.partnerShortName}?`}
                    description="The controls already done stay as they are; the person no longer sees this partner's reports."
                    confirmLabel="End the appointment"
                    action={async () => {
                      await unassign.mutateAsync({
                        projectId,
                        userId: a.userId,
                        partnerId: a.partnerId,
                      });
                      return `${a.name} no longer controls ${a.partnerShortName}`;
                    }}
                  >
                    End
                    <span className="sr-only">
                      {" "}
                      the appointment of {a.name} for {a.partnerShortName}
                    </span>
                  </ConfirmAction>
                </TD>
              </TR>
            ))}
          </TBody>
        </ScrollingTable>
      )}
      <form
        className="grid gap-3 sm:grid-cols-4 sm:items-end"
        onSubmit={(e) => {
          e.preventDefault();
          void action.run(async () => {
            await assign.mutateAsync({ projectId, ...form, duty: form.duty as Duty });
            toast.success("Controller appointed and told");
            router.refresh();
          });
        }}
      >
        <SelectField
          label="Controller"
          placeholder="Choose…"
          options={data.controllers.map((c) => ({ value: c.id, label: c.name }))}
          value={form.userId}
          onChange={set("userId")}
          error={action.fields.userId}
        />
        <SelectField
          label="Partner"
          placeholder="Choose…"
          options={nameOptions(partners)}
          value={form.partnerId}
          onChange={set("partnerId")}
          error={action.fields.partnerId}
        />
        <SelectField
          label="Duty"
          options={labelOptions(DUTY_LABELS)}
          value={form.duty}
          onChange={set("duty")}
          error={action.fields.duty}
        />
        <Button type="submit" disabled={action.pending}>
          Appoint
        </Button>
      </form>
      {action.error && <Alert variant="error">{action.error}</Alert>}
      <p className="text-sm text-muted-foreground">
        Only members with the role controller can be appointed.{" "}
        <TextLink className="underline" href={`/projects/${projectId}/members`}>
          Invite a controller under Members
        </TextLink>{" "}
        with the role “controller” first.
      </p>
    </div>
  );
}
