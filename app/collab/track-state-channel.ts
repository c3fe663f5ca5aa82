import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import type { WebsocketProvider } from "y-websocket";
import { MessageType } from "../../shared/collab-protocol";
import { parseTrackState } from "../../shared/track-phase";
import { publishTrackState } from "./track-state-store";

/**
 * Subscribes a provider to its track's live state (phase and timer, ADR 008): after every (re)connect it
 * sends `[trackState]`, and each state the server sends back goes into the track state store. Returns the
 * function that stops it.
 */
export function followTrackState(provider: WebsocketProvider, documentName: string): () => void {
  provider.messageHandlers[MessageType.trackState] = (_encoder, decoder) => {
    const state = parseTrackState(decoding.readVarString(decoder));
    if (state) publishTrackState(documentName, state);
  };
  const subscribe = () => {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MessageType.trackState);
    provider.ws?.send(encoding.toUint8Array(encoder));
  };
  const onStatus = ({ status }: { status: string }) => {
    if (status === "connected") subscribe();
  };
  provider.on("status", onStatus);
  if (provider.wsconnected) subscribe();
  return () => provider.off("status", onStatus);
}
