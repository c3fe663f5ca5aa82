import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { ContributionAttr } from "../../shared/contribution-schema";

/** The problems of a track document, in order, with a short label (their first words) for lists. */
export function problemsOf(doc: ProseMirrorNode): { id: string; label: string }[] {
  const problems: { id: string; label: string }[] = [];
  doc.descendants((node) => {
    if (node.type.name !== "problem") return true;
    const id = node.attrs[ContributionAttr.id];
    if (typeof id === "string" && id !== "") problems.push({ id, label: shortLabel(node.textContent) });
    return false;
  });
  return problems;
}

function shortLabel(text: string): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean === "") return "(ohne Text)";
  return clean.length > 60 ? `${clean.slice(0, 59)}…` : clean;
}
