import { WebSocket } from "ws";
import { COLLAB_PATH } from "../../shared/collab-protocol";

/**
 * Tries an upgrade to the collaboration endpoint; resolves with the HTTP status of a refusal, or 101 and
 * the open socket.
 */
export function openCollabSocket(
  baseUrl: string,
  documentName: string,
  options: { cookie?: string; origin?: string | null } = {},
): Promise<{ status: number; ws: WebSocket | null }> {
  const headers: Record<string, string> = {};
  if (options.cookie) headers.Cookie = options.cookie;
  if (options.origin !== null) headers.Origin = options.origin ?? new URL(baseUrl).origin;
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${baseUrl.replace(/^http/, "ws")}${COLLAB_PATH}/${encodeURIComponent(documentName)}`, {
      headers,
    });
    ws.on("unexpected-response", (_request, response) => {
      resolve({ status: response.statusCode ?? 0, ws: null });
      ws.terminate();
    });
    ws.on("open", () => resolve({ status: 101, ws }));
    ws.on("error", reject);
  });
}

/** Resolves with the close code once the socket is closed. */
export function closeCodeOf(ws: WebSocket): Promise<number> {
  if (ws.readyState === ws.CLOSED) return Promise.resolve(-1);
  return new Promise((resolve) => ws.once("close", (code) => resolve(code)));
}
