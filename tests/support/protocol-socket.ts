import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import type { WebSocket } from "ws";
import * as Y from "yjs";
import { MessageType } from "../../shared/collab-protocol";
import { parseTrackState, type TrackState } from "../../shared/track-phase";
import { openCollabSocket } from "./raw-socket";
import { until } from "./wait";

/** y-protocols sync sub-types. */
const SyncStep = { step1: 0, step2: 1, update: 2 } as const;

/** What arrived on the socket, in order: the order itself is sometimes what a test checks. */
export type ProtocolEvent =
  | { kind: "state"; state: TrackState }
  | { kind: "confirmed"; nonce: number }
  | { kind: "sync"; step: number; payload: Uint8Array }
  | { kind: "closed"; code: number };

/**
 * A raw collaboration socket that speaks Fahrplan's protocol frame by frame, as a client would, and records
 * what the server answers. For tests that need exact control over what is sent when (a stock client sends
 * its sync and save requests on its own schedule).
 */
export class ProtocolSocket {
  readonly events: ProtocolEvent[] = [];
  private readonly listeners = new Set<() => void>();

  private constructor(private readonly ws: WebSocket) {
    ws.on("message", (data: Buffer) => this.record(new Uint8Array(data)));
    ws.on("close", (code: number) => this.push({ kind: "closed", code }));
  }

  static async open(serverUrl: string, documentName: string, cookie: string): Promise<ProtocolSocket> {
    const { status, ws } = await openCollabSocket(serverUrl, documentName, { cookie });
    if (status !== 101 || !ws) throw new Error(`upgrade refused: ${status}`);
    return new ProtocolSocket(ws);
  }

  /** Asks for the track's live state now and after every change (ADR 008). */
  subscribeToTrackState(): void {
    this.ws.send(frame(MessageType.trackState));
  }

  /** Sends a document update as sync step 2, as a client answers the server's step 1 after a reconnect. */
  sendStep2(update: Uint8Array): void {
    this.ws.send(syncFrame(SyncStep.step2, update));
  }

  /** Sends a document update, as a client sends each keystroke. */
  sendUpdate(update: Uint8Array): void {
    this.ws.send(syncFrame(SyncStep.update, update));
  }

  /** Asks whether everything sent so far is stored (MessageType.saveConfirmation). */
  askForConfirmation(nonce: number): void {
    this.ws.send(frame(MessageType.saveConfirmation, (encoder) => encoding.writeVarUint(encoder, nonce)));
  }

  /**
   * The server's whole document, as it answers a sync step 1 with an empty state vector. The server
   * answers in the order it received, once everything sent before is handled: so when this resolves,
   * every answer to what was sent before it has arrived too.
   */
  async serverDocument(): Promise<Y.Doc> {
    const before = this.events.length;
    this.ws.send(syncFrame(SyncStep.step1, Y.encodeStateVector(new Y.Doc())));
    const isAnswer = (event: ProtocolEvent) => event.kind === "sync" && event.step === SyncStep.step2;
    await this.when(() => this.events.slice(before).some(isAnswer), "the server's sync step 2");
    const answer = this.events.slice(before).find(isAnswer) as { payload: Uint8Array };
    const doc = new Y.Doc();
    Y.applyUpdate(doc, answer.payload);
    return doc;
  }

  confirmed(nonce: number): boolean {
    return this.events.some((event) => event.kind === "confirmed" && event.nonce === nonce);
  }

  get states(): TrackState[] {
    return this.events.flatMap((event) => (event.kind === "state" ? [event.state] : []));
  }

  get closeCode(): number | null {
    const closed = this.events.find((event) => event.kind === "closed");
    return closed?.kind === "closed" ? closed.code : null;
  }

  when(condition: () => boolean, description: string): Promise<void> {
    return until(
      (onChange) => {
        this.listeners.add(onChange);
        return () => this.listeners.delete(onChange);
      },
      condition,
      description,
    );
  }

  close(): void {
    this.ws.terminate();
  }

  private record(data: Uint8Array): void {
    const decoder = decoding.createDecoder(data);
    const type = decoding.readVarUint(decoder);
    if (type === MessageType.trackState) {
      const state = parseTrackState(decoding.readVarString(decoder));
      if (!state) throw new Error("the server sent a malformed track state");
      this.push({ kind: "state", state });
    } else if (type === MessageType.saveConfirmation) {
      this.push({ kind: "confirmed", nonce: decoding.readVarUint(decoder) });
    } else if (type === MessageType.sync) {
      const step = decoding.readVarUint(decoder);
      this.push({ kind: "sync", step, payload: decoding.readVarUint8Array(decoder) });
    }
  }

  private push(event: ProtocolEvent): void {
    this.events.push(event);
    for (const listener of this.listeners) listener();
  }
}

function frame(type: number, write: (encoder: encoding.Encoder) => void = () => {}): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

function syncFrame(step: number, payload: Uint8Array): Uint8Array {
  return frame(MessageType.sync, (encoder) => {
    encoding.writeVarUint(encoder, step);
    encoding.writeVarUint8Array(encoder, payload);
  });
}
