import { WebSocket } from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { COLLAB_PATH } from "../../shared/collab-protocol";
import { until } from "./wait";

/** The XML fragment Tiptap binds to; Node clients write into the same structure as the editor. */
const FRAGMENT = "default";

/**
 * A stock y-websocket client in Node, as a participant's browser would run it: a WebsocketProvider with
 * `ws` as its WebSocket (Node 20 has none) and no BroadcastChannel (which would sync clients in the same
 * process past the server).
 */
export class CollabClient {
  readonly doc = new Y.Doc();
  readonly provider: WebsocketProvider;

  /**
   * @param cookie the session cookie (see http-session.ts), sent with every (re)connection, with the
   *   app's own Origin as a browser would.
   */
  constructor(serverUrl: string, documentName: string, cookie: string, name = "Testperson") {
    const wsUrl = `${serverUrl.replace(/^http/, "ws")}${COLLAB_PATH}`;
    const headers = { Cookie: cookie, Origin: new URL(serverUrl).origin };
    class BrowserLikeWebSocket extends WebSocket {
      constructor(url: string, protocols?: string | string[]) {
        super(url, protocols, { headers });
      }
    }
    this.provider = new WebsocketProvider(wsUrl, documentName, this.doc, {
      WebSocketPolyfill: BrowserLikeWebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
      maxBackoffTime: 200,
    });
    this.provider.awareness.setLocalStateField("user", { name, color: "#1d4ed8" });
  }

  /** The document's text, paragraph by paragraph. */
  text(): string {
    return this.doc
      .getXmlFragment(FRAGMENT)
      .toArray()
      .map((node) =>
        node instanceof Y.XmlElement
          ? node
              .toArray()
              .map((child) => child.toString())
              .join("")
          : "",
      )
      .join("\n");
  }

  /** Appends text to the last paragraph, as typing at the end of the document would. */
  type(text: string): void {
    const fragment = this.doc.getXmlFragment(FRAGMENT);
    this.doc.transact(() => {
      let paragraph = fragment.toArray().at(-1);
      if (!(paragraph instanceof Y.XmlElement) || paragraph.nodeName !== "paragraph") {
        paragraph = new Y.XmlElement("paragraph");
        fragment.push([paragraph]);
      }
      const element = paragraph as Y.XmlElement;
      let textNode = element.toArray().at(-1);
      if (!(textNode instanceof Y.XmlText)) {
        textNode = new Y.XmlText();
        element.push([textNode]);
      }
      (textNode as Y.XmlText).insert((textNode as Y.XmlText).length, text);
    });
  }

  /** Appends a problem or step block, as the editor would insert it (with whatever attributes given). */
  addContribution(
    kind: "problem" | "step",
    id: string,
    text: string,
    attributes: Record<string, string> = {},
  ): Y.XmlElement {
    const block = new Y.XmlElement(kind);
    this.doc.transact(() => {
      block.setAttribute("id", id);
      for (const [key, value] of Object.entries(attributes)) block.setAttribute(key, value);
      const paragraph = new Y.XmlElement("paragraph");
      paragraph.insert(0, [new Y.XmlText(text)]);
      block.insert(0, [paragraph]);
      this.doc.getXmlFragment(FRAGMENT).push([block]);
    });
    return block;
  }

  /** The block with this contribution id, if the document has it. */
  contribution(id: string): Y.XmlElement | null {
    for (const node of this.doc.getXmlFragment(FRAGMENT).toArray()) {
      if (node instanceof Y.XmlElement && node.getAttribute("id") === id) return node;
    }
    return null;
  }

  whenSynced(): Promise<void> {
    return until(
      (onChange) => {
        this.provider.on("sync", onChange);
        return () => this.provider.off("sync", onChange);
      },
      () => this.provider.synced,
      "client synced",
    );
  }

  whenDisconnected(): Promise<void> {
    return until(
      (onChange) => {
        this.provider.on("status", onChange);
        return () => this.provider.off("status", onChange);
      },
      () => !this.provider.wsconnected,
      "client disconnected",
    );
  }

  /** Resolves when the document satisfies `condition`, checked after every change. */
  whenDoc(condition: () => boolean, description: string): Promise<void> {
    return until(
      (onChange) => {
        this.doc.on("update", onChange);
        return () => this.doc.off("update", onChange);
      },
      condition,
      description,
    );
  }

  destroy(): void {
    this.provider.destroy();
    this.doc.destroy();
  }
}
