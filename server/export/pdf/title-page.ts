import { deFahrplan } from "../../../shared/i18n/de-fahrplan";
import type { ExportInput } from "../export-input";
import { eventDate, generatedLine, publicationLines, versionLine } from "../text/labels";
import { artifact, fullWidth, heading, textBlock } from "./blocks";
import type { Doc, Struct } from "./doc";
import { COLORS, STYLES } from "./layout";

/**
 * Page 1: the event, its date and venue, the Fahrplan's title, and which version this is (or that it is a
 * draft) with the title and note the moderator gave it. It carries no running header or footer, but counts as page 1.
 */
export function renderTitlePage(doc: Doc, root: Struct, input: ExportInput): void {
  const { event } = input.snapshot;
  const box = fullWidth(doc);
  doc.y = 190;
  textBlock(doc, root, "P", event.title, { ...STYLES.titleMeta, face: "bold" }, box);
  textBlock(doc, root, "P", `${eventDate(input)} · ${event.venue}`, STYLES.titleMeta, box);
  doc.y += 18;
  accentRule(doc, box.x, box.width);
  doc.y += 22;
  heading(doc, root, "H1", input.snapshot.title, STYLES.title, 0);
  doc.y += 18;
  const draft = input.publishedAt === null;
  textBlock(
    doc,
    root,
    "P",
    versionLine(input),
    draft ? { ...STYLES.titleMeta, color: COLORS.draft } : STYLES.titleMeta,
    box,
  );
  const publication = publicationLines(input);
  if (publication.title) textBlock(doc, root, "P", publication.title, { ...STYLES.titleMeta, face: "bold" }, box);
  if (publication.note) textBlock(doc, root, "P", publication.note, STYLES.titleMeta, box);
  doc.y += 30;
  if (input.contentHash)
    textBlock(doc, root, "P", `${deFahrplan.public.hash} ${input.contentHash}`, STYLES.titleSmall, box);
  textBlock(doc, root, "P", generatedLine(input), STYLES.titleSmall, box);
}

function accentRule(doc: Doc, x: number, width: number): void {
  const y = doc.y;
  artifact(doc, "Layout", () => {
    doc.save().rect(x, y, Math.min(width, 120), 4).fill(COLORS.accent).restore();
  });
}
