import type { Messages } from "./messages-type";

/** English texts of the save line (mirrors de-offline.ts). */
export const enOffline: Messages["offline"] = {
  states: {
    connecting: "Connecting …",
    saving: "Connected · sending …",
    saved: "Connected · saved (server)",
    readOnly: "Connected · read only",
    offline: "Connection lost – your changes are kept as long as this page stays open.",
    offlineReadOnly: "Connection lost – reconnecting …",
    offlineLocal: "Connection lost · offline – saved on this device",
    blocked:
      "The connection to the server is blocked (perhaps by a proxy that does not allow WebSockets). What you type stays saved on this device. Please contact the technical staff on site.",
    blockedReadOnly:
      "The connection to the server is blocked (perhaps by a proxy that does not allow WebSockets). Please contact the technical staff on site.",
    unavailable: "The document cannot be loaded right now. Trying again.",
  },
  confirmedAt: (time: string) => `On the server, last confirmed ${time}`,
  offlineHint: "You can keep writing. Everything is sent as soon as the connection is back.",
  announcements: {
    offline: "The connection to the server is lost.",
    offlineLocal: "The connection to the server is lost. What you type is saved on this device.",
    online: "The connection to the server is back.",
  },
};
