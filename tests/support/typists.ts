import { expect } from "vitest";
import type { CollabClient } from "./collab-client";

/** A client typing numbered tokens, so that every keystroke can be found (and counted) later. */
export interface Typist {
  client: CollabClient;
  tokens: string[];
  stop(): void;
}

export function startTyping(client: CollabClient, prefix: string, everyMs: number): Typist {
  const tokens: string[] = [];
  const timer = setInterval(() => typeToken(), everyMs);
  const typeToken = () => {
    const token = `<${prefix}${tokens.length}>`;
    tokens.push(token);
    client.type(token);
  };
  return { client, tokens, stop: () => clearInterval(timer) };
}

export function occurrences(text: string, token: string): number {
  return text.split(token).length - 1;
}

/**
 * Every client ends with the same text, which holds every token typed exactly once (no loss, no
 * duplication) and the track's heading once (the server's initial structure was not created twice).
 */
export async function expectConvergedWithoutLoss(clients: CollabClient[], typists: Typist[], context = "") {
  const everyToken = typists.flatMap((typist) => typist.tokens);
  const complete = (client: CollabClient) => everyToken.every((token) => client.text().includes(token));
  try {
    await Promise.all(clients.map((client) => client.whenDoc(() => complete(client), `all tokens arrived ${context}`)));
  } catch (error) {
    // Say who misses what: a lost edit and a client that never reconnected look alike otherwise.
    const report = clients.map((client) => {
      const missing = everyToken.filter((token) => !client.text().includes(token));
      const name = (client.provider.awareness.getLocalState()?.user as { name?: string } | undefined)?.name;
      const state = `${client.provider.wsconnected ? "connected" : "disconnected"}, synced ${client.provider.synced}`;
      const pending = client.doc.store.pendingStructs ? ", waiting for missing updates" : "";
      return `${name}: ${state}${pending}, missing ${missing.length} (${missing.slice(0, 5).join(" ")})`;
    });
    throw new Error(`${(error as Error).message}\n${report.join("\n")}`);
  }
  await Promise.all(
    clients.map((client) => client.whenDoc(() => client.text() === clients[0]?.text(), `converged ${context}`)),
  );
  const text = clients[0]?.text() ?? "";
  for (const token of everyToken) expect(occurrences(text, token), `${token} ${context}`).toBe(1);
  expect(occurrences(text, "Problemfelder"), `heading ${context}`).toBe(1);
}
