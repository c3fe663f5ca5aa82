/**
 * The collaboration channel speaks the standard y-websocket protocol (y-protocols sync and awareness on a
 * WebSocket). Everything both sides must agree on beyond that protocol is defined here, once.
 */

/** Path of the collaboration endpoint. A client connects to `<path>/<document name>`. */
export const COLLAB_PATH = "/collab";

/** y-websocket message types (first varint of every frame). */
export const MessageType = {
  /** y-protocols sync: step 1 (state vector), step 2 (missing updates) or update. */
  sync: 0,
  /** y-protocols awareness: presence states (name, colour, cursor). */
  awareness: 1,
  /** y-websocket auth message; the server never sends it and ignores it from clients. */
  auth: 2,
  /** A client asks for everybody's awareness states. */
  queryAwareness: 3,
  /**
   * Fahrplan's save confirmation. The client sends `[saveConfirmation, nonce]`; the server answers with the
   * same frame once every update that the connection sent before it is committed to the database. Stock
   * y-websocket clients never send it and so never receive it.
   */
  saveConfirmation: 100,
  /**
   * Fahrplan's live track state (phase, timer, private writing; shared/track-phase.ts). The client
   * subscribes by sending `[trackState]`; the server answers `[trackState, JSON string]` at once and again
   * after every change, until the socket closes. Stock y-websocket clients never subscribe and so never receive it.
   */
  trackState: 101,
} as const;

/**
 * WebSocket close codes used by the server. 1012 is the standard "service restart"; the 4xxx codes are
 * ours and carry a German reason for the user. The ranges follow the stock y-websocket client: after a
 * code in 4400-4499 it stops reconnecting (the server decided; retrying cannot help), after any other code
 * it reconnects with backoff.
 */
export const CloseCode = {
  /** The server is shutting down (SIGTERM); everything received was stored. Reconnect later. */
  serviceRestart: 1012,
  /** A frame could not be decoded or broke the protocol. Permanent: the client is broken or hostile. */
  protocolError: 4400,
  /** The document's stored state could not be read; it is not served, to avoid overwriting it. */
  documentUnavailable: 4503,
  /** Storing an update failed; the document was unloaded and the client should send its state again. */
  storageFailed: 4507,
  /** The client did not read what the server sent fast enough; it reconnects and syncs afresh. */
  slowConsumer: 4508,
  /** The client sent more messages than a person typing can; it reconnects after a backoff. */
  tooManyMessages: 4509,
  /** A right was revoked or changed; the client reconnects and the server decides again at the upgrade. */
  accessChanged: 4511,
} as const;

export type CloseCodeValue = (typeof CloseCode)[keyof typeof CloseCode];
