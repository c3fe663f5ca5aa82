/**
 * The socket under a raw client: a `ws` WebSocket that queues what is sent before it opens and hands
 * every binary frame on as a Uint8Array. Raw clients never reconnect: a closed socket is a result.
 */
import { WebSocket } from "ws";

export class RawSocket {
  private readonly socket: WebSocket;
  private readonly queued: Uint8Array[] = [];
  private closedByUs = false;

  constructor(url: string) {
    this.socket = new WebSocket(url);
    this.socket.binaryType = "arraybuffer";
    this.socket.on("open", () => {
      for (const message of this.queued.splice(0)) this.socket.send(message);
    });
    // A refused or dropped connection must not crash the generator; the scenario sees the silence.
    this.socket.on("error", () => {});
  }

  send(message: Uint8Array): void {
    if (this.socket.readyState === WebSocket.CONNECTING) this.queued.push(message);
    else if (this.socket.readyState === WebSocket.OPEN) this.socket.send(message);
  }

  onFrame(listener: (frame: Uint8Array) => void): void {
    this.socket.on("message", (data, isBinary) => {
      if (isBinary) listener(new Uint8Array(data as ArrayBuffer));
    });
  }

  /** Called once when the connection ends without `close()` (refused or dropped), with the close code. */
  onClose(listener: (code: number) => void): void {
    this.socket.on("close", (code) => {
      if (!this.closedByUs) listener(code);
    });
  }

  close(): void {
    this.closedByUs = true;
    this.socket.close();
  }
}
