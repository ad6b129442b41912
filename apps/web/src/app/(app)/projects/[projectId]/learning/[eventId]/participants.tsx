"use client";

import type { RouterOutputs } from "@consortia/api/client";
import { COUNTRIES } from "@consortia/api/schemas";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { ColumnHeads } from "@/components/column-heads";
import { Button } from "@/components/ui/button";
import { NativeSelect } from "@/components/ui/input";
import { Table, TBody, TD, TR } from "@/components/ui/table";
import { describeError } from "@/lib/errors";
import { useTRPC } from "@/trpc/react";
import { capacityLabel, PARTICIPANT_ROLE_LABELS } from "../_components/labels";
import { ParticipantDialog, type Person } from "./participant-dialog";

type Event = RouterOutputs["learningEvents"]["get"];
type Participant = Event["participants"][number];

/** Who took part; the host's editors manage everyone, other editors their own partner's people. */
export function Participants({
  projectId,
  event,
  people,
  partners,
}: {
  projectId: string;
  event: Event;
  people: Person[];
  partners: { id: string; name: string }[];
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const update = useMutation(trpc.learningEvents.participants.update.mutationOptions());
  const remove = useMutation(trpc.learningEvents.participants.remove.mutationOptions());

  async function run(action: () => Promise<unknown>, done: string) {
    try {
      await action();
      toast.success(done);
      router.refresh();
    } catch (err) {
      const { code, message } = describeError(err);
      toast.error(
        code === "CONFLICT"
          ? "Someone changed this participant meanwhile; the page now shows the latest."
          : message,
      );
      router.refresh();
    }
  }

  const setCapacity = (p: Participant, value: string) =>
    run(
      () =>
        update.mutateAsync({
          projectId,
          participantId: p.id,
          version: p.version,
          partnerId: p.partnerId,
          country: p.partnerId ? null : p.country,
          role: p.role,
          increasedCapacity: value === "" ? null : value === "yes",
        }),
      `Capacity for ${p.name} saved`,
    );

  return (
    <div className="grid gap-3">
      {event.can.addParticipant && (
        <div>
          <ParticipantDialog
            projectId={projectId}
            eventId={event.id}
            people={people}
            partners={partners}
            defaultRole={event.kind === "peer_review" ? "peer" : "participant"}
          />
        </div>
      )}
      {event.participants.length === 0 ? (
        <p className="text-sm text-muted-foreground">Nobody has been logged yet.</p>
      ) : (
        <Table label="Participants">
          <caption className="sr-only">Participants</caption>
          <ColumnHeads
            columns={[
              "Name",
              { label: "Partner and country", className: "hidden sm:table-cell" },
              "Role",
              "Increased capacity",
              { label: "Actions", srOnly: true },
            ]}
          />
          <TBody>
            {event.participants.map((p) => (
              <TR key={p.id}>
                <TD className="max-w-[9rem] break-words sm:max-w-none">
                  <div className="font-medium">{p.name}</div>
                  <div className="text-xs text-muted-foreground">
                    {p.userId
                      ? "On the platform"
                      : [`Guest · ${p.organisation ?? ""}`, p.guestEmail]
                          .filter(Boolean)
                          .join(" · ")}
                  </div>
                  <div className="text-xs text-muted-foreground sm:hidden">
                    {[p.partnerName, p.country ? (COUNTRIES[p.country] ?? p.country) : null]
                      .filter(Boolean)
                      .join(" · ")}
                  </div>
                </TD>
                <TD className="hidden sm:table-cell">
                  <div>{p.partnerName ?? "No partner"}</div>
                  <div className="text-xs text-muted-foreground">
                    {p.country ? (COUNTRIES[p.country] ?? p.country) : "Country not given"}
                  </div>
                </TD>
                <TD>{PARTICIPANT_ROLE_LABELS[p.role]}</TD>
                <TD>
                  {p.can.edit ? (
                    <NativeSelect
                      aria-label={`Increased capacity for ${p.name}`}
                      value={p.increasedCapacity === null ? "" : p.increasedCapacity ? "yes" : "no"}
                      onChange={(e) => setCapacity(p, e.target.value)}
                      className="w-auto"
                    >
                      <option value="">Unknown</option>
                      <option value="yes">Yes</option>
                      <option value="no">No</option>
                    </NativeSelect>
                  ) : (
                    capacityLabel(p.increasedCapacity)
                  )}
                </TD>
                <TD className="text-right">
                  {p.can.remove && (
                    <Button
                      type="button"
                      variant="ghost"
                      size="sm"
                      aria-label={`Remove ${p.name}`}
                      onClick={() =>
                        run(
                          () =>
                            remove.mutateAsync({
                              projectId,
                              participantId: p.id,
                              version: p.version,
                            }),
                          `${p.name} removed`,
                        )
                      }
                    >
                      Remove
                    </Button>
                  )}
                </TD>
              </TR>
            ))}
          </TBody>
        </Table>
      )}
    </div>
  );
}
