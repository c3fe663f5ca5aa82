import Collaboration, { isChangeOrigin } from "@tiptap/extension-collaboration";
import CollaborationCaret from "@tiptap/extension-collaboration-caret";
import UniqueID from "@tiptap/extension-unique-id";
import StarterKit from "@tiptap/starter-kit";
import type { Doc } from "yjs";
import type { Author } from "../../server/contributions/authors";
import { isAllowedLink } from "../../shared/contribution-schema";
import { Problem, Step } from "./contribution-nodes";
import { SchemaSafety } from "./schema-safety";

interface EditorSetup {
  doc: Doc;
  provider: unknown;
  /** Name and colour at this person's caret; observers have none. */
  user: { name: string; color: string } | null;
  /** Author of new problems and steps, as the server will attribute them. */
  author: Author | null;
}

/** Everything the track editor is made of. Yjs holds the content and its undo history. */
export function trackEditorExtensions({ doc, provider, user, author }: EditorSetup) {
  return [
    StarterKit.configure({
      undoRedo: false, // Yjs's undo manager (Collaboration) undoes only one's own changes
      link: {
        openOnClick: false,
        autolink: true,
        protocols: [],
        defaultProtocol: "https",
        // Only http, https and mailto links are made or rendered; anything else loses its href.
        isAllowedUri: (url) => isAllowedLink(url),
        shouldAutoLink: (url) => isAllowedLink(url.includes(":") ? url : `https://${url}`),
      },
    }),
    Problem.configure({ author }),
    Step.configure({ author }),
    UniqueID.configure({
      types: ["problem", "step"],
      attributeName: "id",
      generateID: () => crypto.randomUUID(),
      // Ids are given where a block is created, not again by every client that receives it.
      filterTransaction: (transaction) => !isChangeOrigin(transaction),
    }),
    SchemaSafety,
    Collaboration.configure({ document: doc }),
    CollaborationCaret.configure({ provider, user: user ?? {} }),
  ];
}
