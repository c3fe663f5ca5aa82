import { NodeViewContent, type NodeViewProps, NodeViewWrapper, useEditorState } from "@tiptap/react";
import { useId } from "react";
import { ContributionAttr, parseProblemIds } from "../../shared/contribution-schema";
import { useMessages } from "../i18n/messages";
import { problemsOf } from "./problems";

/**
 * How a problem or step looks in the editor: a header (kind, author; for steps the problems it refers to
 * and a control to choose them) above its editable text. The header is not editable text: it is rendered
 * from the block's attributes.
 */
export function ContributionView({ node, editor, updateAttributes }: NodeViewProps) {
  const t = useMessages();
  const kind = node.type.name === "step" ? "step" : "problem";
  const author = node.attrs[ContributionAttr.authorName] as string | null;
  const organisation = node.attrs[ContributionAttr.authorOrganisation] as string | null;
  const byline = author ? t.contributions.byline(author, organisation || null) : t.contributions.unattributed;
  // Steps list the track's problems; re-read them whenever the document changes.
  const problems = useEditorState({
    editor,
    selector: ({ editor: current }) => (kind === "step" ? problemsOf(current.state.doc) : []),
  });
  return (
    <NodeViewWrapper
      as="section"
      className={`contribution contribution-${kind}`}
      data-id={node.attrs[ContributionAttr.id] as string | null}
      data-author={author ?? ""}
      title={byline}
    >
      <div className="contribution-meta" contentEditable={false}>
        <span className="contribution-kind">{t.contributions.kind[kind]}</span>
        <span className="contribution-author">{byline}</span>
      </div>
      <NodeViewContent className="contribution-body" />
      {kind === "step" && (
        <StepProblemLinks
          selected={parseProblemIds(node.attrs[ContributionAttr.problemIds])}
          editable={editor.isEditable}
          problems={problems}
          onChange={(ids) => updateAttributes({ [ContributionAttr.problemIds]: JSON.stringify(ids) })}
        />
      )}
    </NodeViewWrapper>
  );
}

interface StepProblemLinksProps {
  selected: string[];
  problems: { id: string; label: string }[];
  editable: boolean;
  onChange: (ids: string[]) => void;
}

/** The problems a step refers to, and (when writing is allowed) checkboxes to choose them. */
function StepProblemLinks({ selected, problems, editable, onChange }: StepProblemLinksProps) {
  const t = useMessages();
  const legendId = useId();
  const linked = problems.filter((problem) => selected.includes(problem.id));
  return (
    <div className="step-links" contentEditable={false}>
      <p className="step-links-summary">
        {linked.length === 0 ? t.contributions.noLinks : t.contributions.linkedTo(linked.map((p) => p.label))}
      </p>
      {editable && (
        <details>
          <summary>{t.contributions.chooseLinks}</summary>
          <fieldset aria-labelledby={legendId}>
            <legend id={legendId}>{t.contributions.linksLegend}</legend>
            {problems.length === 0 && <p className="hint">{t.contributions.noProblemsYet}</p>}
            {problems.map((problem) => (
              <label key={problem.id} className="checkbox">
                <input
                  type="checkbox"
                  checked={selected.includes(problem.id)}
                  onChange={(event) =>
                    onChange(
                      event.currentTarget.checked
                        ? [...selected, problem.id]
                        : selected.filter((id) => id !== problem.id),
                    )
                  }
                />
                {problem.label}
              </label>
            ))}
          </fieldset>
        </details>
      )}
    </div>
  );
}
