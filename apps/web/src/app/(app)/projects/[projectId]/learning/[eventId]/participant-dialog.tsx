"use client";

import { PARTICIPANT_ROLES, type ParticipantRole } from "@consortia/db/schema";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { COUNTRY_OPTIONS, SelectField, TextField } from "@/components/form-fields";
import { DialogButtons } from "@/components/titled-dialog";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { NativeSelect } from "@/components/ui/input";
import { describeError, type FieldErrors } from "@/lib/errors";
import { useTRPC } from "@/trpc/react";
import { PARTICIPANT_ROLE_LABELS } from "../_components/labels";

export type Person = {
  id: string;
  name: string;
  partnerId: string | null;
  partnerName: string | null;
};
type Option = { id: string; name: string };

const SAME = "__own__";

/** Adds someone from the platform or an external guest, with their partner, role and capacity. */
export function ParticipantDialog({
  projectId,
  eventId,
  people,
  partners,
  defaultRole,
}: {
  projectId: string;
  eventId: string;
  people: Person[];
  partners: Option[];
  defaultRole: ParticipantRole;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const add = useMutation(trpc.learningEvents.participants.add.mutationOptions());
  const [open, setOpen] = useState(false);
  const [guest, setGuest] = useState(false);
  const [partner, setPartner] = useState(SAME);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setError(null);
    setFieldErrors({});
    const f = new FormData(e.currentTarget);
    const text = (k: string) => String(f.get(k) ?? "").trim();
    const capacity = text("capacity");
    // A person comes with the partner they work for unless told otherwise; a guest with none.
    const partnerId = partner === SAME ? (guest ? null : undefined) : partner || null;
    try {
      await add.mutateAsync({
        projectId,
        eventId,
        userId: guest ? null : text("userId") || null,
        guestName: guest ? text("guestName") : null,
        guestOrganisation: guest ? text("guestOrganisation") : null,
        guestEmail: guest ? text("guestEmail") || null : null,
        ...(partnerId !== undefined ? { partnerId } : {}),
        country: partnerId === null ? text("country") || null : null,
        role: text("role") as ParticipantRole,
        increasedCapacity: capacity === "" ? null : capacity === "yes",
      });
      toast.success("Participant added");
      setOpen(false);
      router.refresh();
    } catch (err) {
      const d = describeError(err);
      setError(d.message);
      setFieldErrors(d.fieldErrors);
    }
  }

  const noPartner = partner === "" || (guest && partner === SAME);
  return (
    <Dialog
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        setError(null);
        setFieldErrors({});
      }}
    >
      <Button type="button" onClick={() => setOpen(true)}>
        Add participant
      </Button>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Add a participant</DialogTitle>
          <DialogDescription>
            Someone with an account on the platform, or an external guest.
          </DialogDescription>
        </DialogHeader>
        <form onSubmit={onSubmit} className="grid gap-4" noValidate aria-label="Add a participant">
          {error && <Alert variant="error">{error}</Alert>}
          <fieldset className="grid gap-2">
            <legend className="mb-1 text-sm font-medium">Who</legend>
            <label className="flex items-center gap-2 text-sm">
              <input
                type="radio"
                name="who"
                checked={!guest}
                onChange={() => {
                  setGuest(false);
                  setPartner(SAME);
                }}
              />
              Someone on the platform
            </label>
            <label className="flex items-center gap-2 text-sm">
              <input
                type="radio"
                name="who"
                checked={guest}
                onChange={() => {
                  setGuest(true);
                  setPartner(SAME);
                }}
              />
              An external guest
            </label>
          </fieldset>
          {guest ? (
            <>
              <TextField
                label="Guest's name"
                error={fieldErrors.guestName}
                name="guestName"
                autoComplete="off"
              />
              <TextField
                label="Guest's organisation"
                error={fieldErrors.guestOrganisation}
                name="guestOrganisation"
                autoComplete="off"
              />
              <TextField
                label="Guest's e-mail (optional)"
                hint="With it, a guest who comes to several events counts once as a person with increased capacity."
                error={fieldErrors.guestEmail}
                name="guestEmail"
                type="email"
                autoComplete="off"
              />
            </>
          ) : (
            <Field label="Person" error={fieldErrors.userId}>
              {(p) => (
                <NativeSelect {...p} name="userId" defaultValue="">
                  <option value="">Choose a person</option>
                  {people.map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.name}
                      {o.partnerName ? ` (${o.partnerName})` : ""}
                    </option>
                  ))}
                </NativeSelect>
              )}
            </Field>
          )}
          <Field label="Came with partner" error={fieldErrors.partnerId}>
            {(p) => (
              <NativeSelect {...p} value={partner} onChange={(e) => setPartner(e.target.value)}>
                <option value={SAME}>{guest ? "No partner" : "The partner they work for"}</option>
                {!guest && <option value="">No partner</option>}
                {partners.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </NativeSelect>
            )}
          </Field>
          {noPartner && (
            <SelectField
              label="Country"
              hint="For someone who came with no partner"
              error={fieldErrors.country}
              name="country"
              defaultValue=""
              placeholder="Choose a country"
              options={COUNTRY_OPTIONS}
            />
          )}
          <div className="grid gap-4 sm:grid-cols-2">
            <SelectField
              label="Role"
              error={fieldErrors.role}
              name="role"
              defaultValue={defaultRole}
              options={PARTICIPANT_ROLES.map((r) => ({
                value: r,
                label: PARTICIPANT_ROLE_LABELS[r],
              }))}
            />
            <Field label="Increased capacity" error={fieldErrors.increasedCapacity}>
              {(p) => (
                <NativeSelect {...p} name="capacity" defaultValue="">
                  <option value="">Unknown</option>
                  <option value="yes">Yes</option>
                  <option value="no">No</option>
                </NativeSelect>
              )}
            </Field>
          </div>
          <DialogButtons
            onCancel={() => setOpen(false)}
            pending={add.isPending}
            label="Add"
            pendingLabel="Adding…"
          />
        </form>
      </DialogContent>
    </Dialog>
  );
}
