import { mergeAttributes, Node, wrappingInputRule } from "@tiptap/core";
import { ReactNodeViewRenderer } from "@tiptap/react";
import type { Author } from "../../server/contributions/authors";
import { ContributionAttr, type ContributionKind } from "../../shared/contribution-schema";
import { insertContributionCommand } from "./contribution-commands";
import { ContributionView } from "./contribution-view";

/**
 * Problems ("Problemfelder") and proposed steps ("Lösungsschritte") as block nodes with rich text inside.
 * Their id comes from the UniqueID extension; their author attributes are written by the server from the
 * session (whatever a client puts there is replaced). Node and attribute names: shared/contribution-schema.ts.
 */
function contributionNode(kind: ContributionKind, options: { shortcut: string; slashWords: string[] }) {
  return Node.create<{ author: Author | null }>({
    name: kind,
    group: "block",
    content: "paragraph+",
    defining: true,
    draggable: true,

    addOptions() {
      return { author: null };
    },

    addAttributes() {
      // New blocks start with the author the server would write (the organisation as "" when none, as the
      // server writes it), so that its attribution finds nothing to change.
      const author = this.options.author;
      const defaults: Record<string, string | null> = {
        [ContributionAttr.authorId]: author?.id ?? null,
        [ContributionAttr.authorName]: author?.name ?? null,
        [ContributionAttr.authorOrganisation]: author ? (author.organisation ?? "") : null,
      };
      const plain = (name: string) => ({
        default: defaults[name] ?? null,
        parseHTML: (element: HTMLElement) => element.getAttribute(`data-${name.toLowerCase()}`),
        renderHTML: (attributes: Record<string, unknown>) =>
          attributes[name] ? { [`data-${name.toLowerCase()}`]: String(attributes[name]) } : {},
        keepOnSplit: false,
      });
      return {
        [ContributionAttr.id]: plain("id"),
        [ContributionAttr.authorId]: plain("authorId"),
        [ContributionAttr.authorName]: plain("authorName"),
        [ContributionAttr.authorOrganisation]: plain("authorOrganisation"),
        ...(kind === "step" ? { [ContributionAttr.problemIds]: { ...plain("problemIds"), default: "[]" } } : {}),
      };
    },

    parseHTML() {
      return [{ tag: `section[data-contribution="${kind}"]` }];
    },

    renderHTML({ HTMLAttributes }) {
      return ["section", mergeAttributes(HTMLAttributes, { "data-contribution": kind }), 0];
    },

    addNodeView() {
      return ReactNodeViewRenderer(ContributionView);
    },

    addKeyboardShortcuts() {
      return { [options.shortcut]: () => this.editor.commands.insertContribution(kind) };
    },

    // The slash command: "/problem " (or "/schritt ") at the start of a paragraph turns it into a block.
    // Never joined into a block of the same kind right before it: each command starts a new contribution.
    addInputRules() {
      return [
        wrappingInputRule({
          find: new RegExp(`^/(${options.slashWords.join("|")})\\s$`, "i"),
          type: this.type,
          joinPredicate: () => false,
        }),
      ];
    },

    ...(kind === "problem"
      ? {
          addCommands() {
            return { insertContribution: insertContributionCommand };
          },
        }
      : {}),
  });
}

export const PROBLEM_SHORTCUT = "Mod-Alt-1";
export const STEP_SHORTCUT = "Mod-Alt-2";

export const Problem = contributionNode("problem", {
  shortcut: PROBLEM_SHORTCUT,
  slashWords: ["problem", "problemfeld"],
});
export const Step = contributionNode("step", {
  shortcut: STEP_SHORTCUT,
  slashWords: ["schritt", "lösungsschritt", "loesungsschritt", "step"],
});
