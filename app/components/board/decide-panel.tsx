import { useEffect, useRef, useState } from "react";
import { useMessages } from "../../i18n/messages";
import { DuplicateForm } from "./duplicate-form";
import { RejectForm } from "./reject-form";
import type { ContributionRef } from "./types";

interface DecidePanelProps {
  action: string;
  contributionId: string;
  excerpt: string;
  refs: ContributionRef[];
}

/**
 * Rejecting or marking as duplicate, behind a disclosure per open row. Its forms are rendered only while it
 * is open: every row's "Duplikat von" select lists all contributions of the event, and rendering that for
 * every row (and again on every refresh) would grow with the square of the contributions.
 */
export function DecidePanel({ action, contributionId, excerpt, refs }: DecidePanelProps) {
  const t = useMessages().board.decide;
  const [open, setOpen] = useState(false);
  const details = useRef<HTMLDetailsElement>(null);
  // Opened before the page was hydrated: no toggle event reached React, so read the state once.
  useEffect(() => {
    if (details.current?.open) setOpen(true);
  }, []);
  return (
    <details ref={details} className="board-decide" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        {t.summary}
        <span className="visually-hidden"> {t.forContribution(excerpt)}</span>
      </summary>
      {open && (
        <div className="board-decide-forms">
          <RejectForm action={action} contributionId={contributionId} />
          <DuplicateForm action={action} contributionId={contributionId} refs={refs} />
        </div>
      )}
    </details>
  );
}
