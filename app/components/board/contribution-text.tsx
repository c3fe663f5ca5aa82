/** Contribution texts separate paragraphs by blank lines (db/schema/contributions.ts). */
function paragraphsOf(text: string): string[] {
  return text.split(/\n\s*\n/).filter((paragraph) => paragraph.trim() !== "");
}

/** What a participant wrote, as text (never as markup), one paragraph per paragraph. */
export function ContributionText({ text }: { text: string }) {
  return (
    <div className="board-text">
      {paragraphsOf(text).map((paragraph, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs have no identity of their own; the text is fixed
        <p key={index}>{paragraph}</p>
      ))}
    </div>
  );
}
