import { useState } from "react";
import { useMessages } from "../../i18n/messages";

/**
 * Copies a link to the clipboard, and says so. The clipboard API exists only on secure pages (HTTPS or
 * localhost); a congress server on the hall's network is often plain HTTP, so the old way stays as a
 * fallback, and if neither works the button says how to copy by hand.
 */
export function CopyLinkButton({ link, label }: { link: string; label: string }) {
  const t = useMessages().admin.event;
  const [result, setResult] = useState<"copied" | "failed" | null>(null);
  async function copy() {
    setResult((await copied(link)) ? "copied" : "failed");
  }
  return (
    <span className="copy-link">
      <button type="button" className="copy-link-button" onClick={copy}>
        {t.copyLink}
        <span className="visually-hidden"> {label}</span>
      </button>
      <span role="status" className={result === "failed" ? "error" : "hint"}>
        {result === "copied" ? t.copied : result === "failed" ? t.copyFailed : ""}
      </span>
    </span>
  );
}

async function copied(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (no permission, or the page is not focused): try the old way.
  }
  const field = document.createElement("textarea");
  field.value = text;
  field.setAttribute("readonly", "");
  field.style.position = "fixed";
  field.style.opacity = "0";
  document.body.append(field);
  field.select();
  try {
    return document.execCommand("copy");
  } catch {
    return false;
  } finally {
    field.remove();
  }
}
