import { DateTime } from "@/components/date-time";
import { ScrollingTable } from "@/components/scrolling-table";
import { TextLink } from "@/components/text-link";
import { TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { contributionUrl } from "../../_components/labels";
import { ContributionStatusBadge } from "../../_components/report-status-badge";
import { ReturnDialog } from "../../_components/return-dialog";
import type { Contributions } from "./types";

/**
 * Who has submitted: every partner with its contribution's status. Lead coordinators return a
 * submitted contribution with a comment while the period is open.
 */
export function SubmissionsTable({
  projectId,
  list,
  canReturn,
  myPartnerId,
}: {
  projectId: string;
  list: Contributions;
  canReturn: boolean;
  myPartnerId: string | null;
}) {
  const periodNumber = list.period.number;
  return (
    <ScrollingTable label="Partners’ contributions">
      <THead>
        <TR>
          <TH scope="col">Partner</TH>
          <TH scope="col">Status</TH>
          <TH scope="col">Submitted</TH>
          {canReturn && <TH scope="col">Action</TH>}
        </TR>
      </THead>
      <TBody>
        {list.partners.map((p) => {
          const status = p.status;
          const open = canReturn || status === "submitted" || p.partnerId === myPartnerId;
          return (
            <TR key={p.partnerId}>
              <TH scope="row" className="font-normal text-foreground">
                {open ? (
                  <TextLink
                    href={contributionUrl(projectId, periodNumber, p.partnerId)}
                    className="font-medium"
                  >
                    {p.partnerName}
                  </TextLink>
                ) : (
                  p.partnerName
                )}
                <span className="text-muted-foreground"> ({p.country})</span>
              </TH>
              <TD>
                <ContributionStatusBadge status={status} />
              </TD>
              <TD className="whitespace-nowrap">
                {status === "submitted" && p.submittedAt ? <DateTime value={p.submittedAt} /> : "–"}
              </TD>
              {canReturn && (
                <TD>
                  {status === "submitted" && (
                    <ReturnDialog
                      projectId={projectId}
                      partnerId={p.partnerId}
                      partnerName={p.partnerName}
                      periodNumber={periodNumber}
                    />
                  )}
                </TD>
              )}
            </TR>
          );
        })}
      </TBody>
    </ScrollingTable>
  );
}
