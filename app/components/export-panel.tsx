import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { type Messages, useMessages } from "../i18n/messages";

type Format = keyof Messages["export"]["formats"];

interface ExportPanelProps {
  eventId: string;
  /** Export the current draft (moderators) instead of a published version. */
  draft?: boolean;
  /** A published version's number; the latest when absent. */
  version?: number;
  /** Offer to list the contributors' organisations (moderators only; the server checks). */
  canIncludeOrganisations?: boolean;
  /** Moderators choose between the draft and these published versions. */
  versions?: { number: number; label: string }[];
}

type ExportState =
  | { kind: "idle" }
  | { kind: "running"; progress: number }
  | { kind: "done"; fileUrl: string }
  | { kind: "failed"; message: string };

/**
 * Starts an export on the server and shows its progress (a long PDF takes a few seconds), then downloads
 * the file. Progress and outcome are announced in a polite live region.
 */
export function ExportPanel({
  eventId,
  draft = false,
  version,
  canIncludeOrganisations = false,
  versions,
}: ExportPanelProps) {
  const t = useMessages().export;
  const id = useId();
  const [state, setState] = useState<ExportState>({ kind: "idle" });
  const cancelled = useRef(false);
  useEffect(
    () => () => {
      cancelled.current = true;
    },
    [],
  );

  const start = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = new URLSearchParams(new FormData(event.currentTarget) as unknown as Record<string, string>);
    // The "Stand" choice: the draft, or a published version's number.
    const choice = body.get("stand");
    body.delete("stand");
    if (choice === "draft") body.set("draft", "1");
    else if (choice) body.set("version", choice);
    setState({ kind: "running", progress: 0 });
    try {
      const response = await fetch("/exports", { method: "POST", body });
      const started = (await response.json()) as { statusUrl?: string; fileUrl?: string; error?: string };
      if (!response.ok || !started.statusUrl || !started.fileUrl) throw new Error(started.error ?? t.failed);
      await follow(
        started.statusUrl,
        t.failed,
        (progress) => !cancelled.current && setState({ kind: "running", progress }),
      );
      setState({ kind: "done", fileUrl: started.fileUrl });
      window.location.assign(started.fileUrl);
    } catch (error) {
      setState({ kind: "failed", message: error instanceof Error ? error.message : t.failed });
    }
  };

  return (
    <form className="export-panel card stacked-form" onSubmit={start} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t.heading}</h2>
      <input type="hidden" name="eventId" value={eventId} />
      {draft && !versions && <input type="hidden" name="draft" value="1" />}
      {version !== undefined && <input type="hidden" name="version" value={version} />}
      {versions && (
        <div className="form-field">
          <label htmlFor={`${id}-stand`}>{t.stand}</label>
          <select id={`${id}-stand`} name="stand" defaultValue="draft">
            <option value="draft">{t.draftOption}</option>
            {versions.map((each) => (
              <option key={each.number} value={each.number}>
                {each.label}
              </option>
            ))}
          </select>
        </div>
      )}
      {draft && <p className="hint">{t.draftHint}</p>}
      <div className="form-field">
        <label htmlFor={`${id}-format`}>{t.format}</label>
        <select id={`${id}-format`} name="format" defaultValue="pdf">
          {(Object.keys(t.formats) as Format[]).map((format) => (
            <option key={format} value={format}>
              {t.formats[format]}
            </option>
          ))}
        </select>
      </div>
      {canIncludeOrganisations && (
        <label className="checkbox">
          <input type="checkbox" name="includeOrganisations" value="1" /> {t.includeOrganisations}
        </label>
      )}
      <button type="submit" disabled={state.kind === "running"}>
        {t.start}
      </button>
      <ExportProgress state={state} />
    </form>
  );
}

function ExportProgress({ state }: { state: ExportState }) {
  const t = useMessages().export;
  const percent = state.kind === "running" ? Math.round(state.progress * 100) : 100;
  return (
    <div role="status" className="export-status">
      {state.kind === "running" && (
        <>
          <progress max={100} value={percent} aria-label={t.running(percent)} />
          <span>{t.running(percent)}</span>
        </>
      )}
      {state.kind === "done" && (
        <span>
          {t.done} <a href={state.fileUrl}>{t.download}</a>
        </span>
      )}
      {state.kind === "failed" && <span className="error">{state.message}</span>}
    </div>
  );
}

/** Polls an export's status until it is done; rejects with the server's message when it failed. */
async function follow(statusUrl: string, failed: string, onProgress: (progress: number) => void): Promise<void> {
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 400));
    const response = await fetch(statusUrl);
    const status = (await response.json()) as { status?: string; progress?: number; error?: string | null };
    if (!response.ok || status.status === "failed") throw new Error(status.error ?? failed);
    if (status.status === "done") return;
    onProgress(status.progress ?? 0);
  }
}
