import type { WebsocketProvider } from "y-websocket";

/**
 * Lets the provider hear what the browser knows about the network. Chromium does not close an open
 * WebSocket when the network goes away, so without this the page would go on saying "gespeichert" until
 * y-websocket's watchdog notices the silence (30 seconds). When the browser reports "offline" the socket
 * is dropped at once and the provider keeps retrying with its backoff; when it reports "online" again the
 * next attempt starts at once instead of after the backoff. Returns the function that stops listening.
 */
export function followBrowserNetwork(provider: WebsocketProvider): () => void {
  // disconnect() drops the socket (or an attempt hanging in the dead network); connect() starts afresh.
  const dropSocket = () => {
    provider.disconnect();
    provider.connect();
  };
  const reconnectNow = () => {
    if (!provider.wsconnected) dropSocket();
  };
  window.addEventListener("offline", dropSocket);
  window.addEventListener("online", reconnectNow);
  return () => {
    window.removeEventListener("offline", dropSocket);
    window.removeEventListener("online", reconnectNow);
  };
}
