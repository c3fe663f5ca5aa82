import type { RenderedBlock } from "../../../server/history/render-document";
import { useMessages } from "../../i18n/messages";

/**
 * A snapshot's content, read-only: headings, paragraphs, and problems and steps with kind and author.
 * Everything is rendered as text; nothing from the document is ever interpreted as HTML.
 */
export function SnapshotContent({ blocks }: { blocks: RenderedBlock[] }) {
  const t = useMessages().history.snapshot;
  if (blocks.length === 0) return <p>{t.empty}</p>;
  return (
    <div className="history-content">
      {blocks.map((block, index) => {
        // Blocks have no stable key of their own (ids may repeat in a modified document); the order is fixed.
        const key = `${index}`;
        if (block.type === "heading") return <h3 key={key}>{block.text}</h3>;
        if (block.type === "paragraph") {
          return (
            <p key={key} className="preserve-lines">
              {block.text}
            </p>
          );
        }
        return (
          <div key={key} className={`history-contribution contribution-${block.kind}`}>
            <p className="history-contribution-kind">{t.kinds[block.kind]}</p>
            <p className="preserve-lines">{block.text}</p>
            {block.authorName && <p className="hint">{t.author(block.authorName, block.authorOrganisation)}</p>}
          </div>
        );
      })}
    </div>
  );
}
