import { once } from "node:events";
import { type AddressInfo, createConnection, createServer, type Server, type Socket } from "node:net";

/** One client's connection through the proxy: the client's socket and the one to the server. */
export interface ProxiedConnection {
  readonly client: Socket;
  readonly server: Socket;
  /** While true, bytes in both directions are dropped and nothing is closed: a half-open connection. */
  blackholed: boolean;
}

/**
 * A TCP proxy in front of the server that behaves like congress Wi-Fi: it delays what it forwards
 * (order kept, as TCP keeps it), cuts connections, and turns connections half-open (it stops forwarding
 * and closes nothing, so neither side learns that the other is gone until a ping or a timeout tells it).
 * Only the test decides when; the proxy itself has no randomness.
 */
export class FlakyProxy {
  readonly connections = new Set<ProxiedConnection>();
  /** Delay added to every chunk, in milliseconds; the test may change it at any time. */
  delayMs = 0;
  private readonly listener: Server;

  private constructor(private readonly target: () => number) {
    this.listener = createServer((client) => this.accept(client));
  }

  /** Starts a proxy on a free port that forwards to 127.0.0.1 at `targetPort()` (read per connection). */
  static async start(targetPort: () => number): Promise<FlakyProxy> {
    const proxy = new FlakyProxy(targetPort);
    proxy.listener.listen(0, "127.0.0.1");
    await once(proxy.listener, "listening");
    return proxy;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.listener.address() as AddressInfo).port}`;
  }

  /** Cuts every connection at once, as a dropped Wi-Fi does; clients see the close and reconnect. */
  cutAll(): void {
    for (const connection of this.connections) this.cut(connection);
  }

  cut(connection: ProxiedConnection): void {
    connection.client.destroy();
    connection.server.destroy();
    this.connections.delete(connection);
  }

  /** Makes every current connection half-open; new connections are forwarded normally. */
  halfOpenAll(): ProxiedConnection[] {
    const affected = [...this.connections];
    for (const connection of affected) connection.blackholed = true;
    return affected;
  }

  /** Resolves once the server has closed its side of these connections (e.g. after a missed ping). */
  async whenServerGaveUp(connections: ProxiedConnection[]): Promise<void> {
    await Promise.all(
      connections.map((connection) =>
        connection.server.destroyed ? undefined : once(connection.server, "close").then(() => undefined),
      ),
    );
  }

  async close(): Promise<void> {
    this.cutAll();
    await new Promise<void>((resolve) => this.listener.close(() => resolve()));
  }

  private accept(client: Socket): void {
    const server = createConnection({ host: "127.0.0.1", port: this.target() });
    const connection: ProxiedConnection = { client, server, blackholed: false };
    this.connections.add(connection);
    this.pipe(connection, client, server);
    this.pipe(connection, server, client);
    // A side that ends or fails ends the other, unless the connection is half-open: then the other side
    // must not learn of it.
    for (const [from, to] of [
      [client, server],
      [server, client],
    ] as const) {
      from.on("error", () => {});
      from.on("close", () => {
        if (!connection.blackholed) to.destroy();
        if (client.destroyed && server.destroyed) this.connections.delete(connection);
      });
    }
  }

  /** Forwards `from` to `to`, each chunk `delayMs` after it arrived, in order (a slow link, not a queue). */
  private pipe(connection: ProxiedConnection, from: Socket, to: Socket): void {
    let chain = Promise.resolve();
    from.on("data", (chunk: Buffer) => {
      if (connection.blackholed) return;
      const due = Date.now() + this.delayMs;
      chain = chain
        .then(() => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, due - Date.now()))))
        .then(() => {
          if (!connection.blackholed && !to.destroyed) to.write(chunk);
        });
    });
  }
}
