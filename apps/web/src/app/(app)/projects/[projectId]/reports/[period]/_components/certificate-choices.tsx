"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ColumnHeads } from "@/components/column-heads";
import { ScrollingTable } from "@/components/scrolling-table";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TBody, TD, TH, TR } from "@/components/ui/table";
import { describeError } from "@/lib/errors";
import { formatDate } from "@/lib/labels";
import { useTRPC } from "@/trpc/react";
import { euros } from "./financial-part-section";
import type { CertificateChoices as Choices } from "./types";

type Certificate = Choices["certificates"][number];

const STATE_LABELS: Record<Certificate["state"], string> = {
  included: "Included",
  left: "Left for the next report",
  undecided: "Not decided",
};

/**
 * The lead coordinator's choice, certificate by certificate: include it in this period's
 * report, or leave it for the next one. Only the latest certificate of each finished control
 * is offered, and none already claimed in another period's report.
 */
export function CertificateChoices({
  projectId,
  periodNumber,
  choices,
}: {
  projectId: string;
  periodNumber: number;
  choices: Choices;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const decide = useMutation(trpc.periodReports.setCertificateInclusion.mutationOptions());

  async function choose(c: Certificate, included: boolean) {
    setMessage(null);
    try {
      await decide.mutateAsync({
        projectId,
        periodNumber,
        certificateId: c.certificateId,
        included,
      });
      setMessage({
        error: false,
        text: `Certificate ${c.number} of ${c.partner} ${included ? "included in this report" : "left for the next report"}.`,
      });
      router.refresh();
    } catch (err) {
      setMessage({ error: true, text: describeError(err).message });
    }
  }

  if (choices.certificates.length === 0)
    return (
      <p className="text-sm text-muted-foreground">
        No control certificate is waiting to be claimed: a partner report counts here once its
        controller has finished the control.
      </p>
    );
  return (
    <div className="grid min-w-0 gap-3">
      {message && <Alert variant={message.error ? "error" : "success"}>{message.text}</Alert>}
      <ScrollingTable label="Certificates to claim">
        <caption className="sr-only">
          Control certificates: include each in this report or leave it for the next
        </caption>
        <ColumnHeads
          columns={[
            "Certificate",
            { label: "Certified (EUR)", className: "text-right" },
            "Decision",
            "Change",
          ]}
        />
        <TBody>
          {choices.certificates.map((c) => {
            const name = `certificate ${c.number} of ${c.partner}`;
            return (
              <TR key={c.certificateId}>
                <TH scope="row" className="font-normal text-foreground">
                  {c.partner}, period {c.periodNumber}, certificate {c.number}
                  <span className="block text-xs text-muted-foreground">
                    Issued {formatDate(c.issuedAt)} by {c.controller} · declared{" "}
                    {euros(c.declaredEur)}, deducted {euros(c.deductedEur)}, parked{" "}
                    {euros(c.parkedEur)}
                  </span>
                </TH>
                <TD className="text-right tabular-nums">{euros(c.certifiedEur)}</TD>
                <TD>{STATE_LABELS[c.state]}</TD>
                <TD>
                  {choices.editable ? (
                    <div className="flex flex-wrap gap-2">
                      <Button
                        type="button"
                        size="sm"
                        variant={c.state === "included" ? "default" : "outline"}
                        aria-pressed={c.state === "included"}
                        disabled={decide.isPending}
                        onClick={() => choose(c, true)}
                      >
                        Include<span className="sr-only"> {name}</span>
                      </Button>
                      <Button
                        type="button"
                        size="sm"
                        variant={c.state === "left" ? "default" : "outline"}
                        aria-pressed={c.state === "left"}
                        disabled={decide.isPending}
                        onClick={() => choose(c, false)}
                      >
                        Leave for next report<span className="sr-only"> ({name})</span>
                      </Button>
                    </div>
                  ) : (
                    <span className="text-muted-foreground">Locked with the submitted report</span>
                  )}
                </TD>
              </TR>
            );
          })}
        </TBody>
      </ScrollingTable>
    </div>
  );
}
