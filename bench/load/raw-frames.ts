import * as encoding from "lib0/encoding";

/**
 * The few y-websocket frames a raw client sends, encoded by hand (the layout of y-protocols' sync and
 * awareness messages), so that generator processes need no Y.Doc of the server's content.
 */
const SYNC = 0;
const AWARENESS = 1;
const STEP1 = 0;
const STEP2 = 1;
const UPDATE = 2;

/** Sync step 1 with an empty state vector: "send me everything". */
export function emptySyncStep1Frame(): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, SYNC);
  encoding.writeVarUint(encoder, STEP1);
  encoding.writeVarUint8Array(encoder, new Uint8Array([0]));
  return encoding.toUint8Array(encoder);
}

export function syncUpdateFrame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, SYNC);
  encoding.writeVarUint(encoder, UPDATE);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

export function awarenessMessageFrame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, AWARENESS);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** Whether a frame is the server's sync step 2 (the answer to our step 1): the client is then synced. */
export function isSyncStep2(frame: Uint8Array): boolean {
  return frame[0] === SYNC && frame[1] === STEP2;
}

/**
 * An awareness update for one client id with a cursor, as a Tiptap caret would send it, encoded like
 * y-protocols' encodeAwarenessUpdate (count, then client id, clock and JSON state).
 */
export function cursorAwarenessUpdate(clientId: number, clock: number, position: number): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint(encoder, clientId);
  encoding.writeVarUint(encoder, clock);
  encoding.writeVarString(encoder, JSON.stringify({ cursor: { anchor: position, head: position } }));
  return encoding.toUint8Array(encoder);
}
