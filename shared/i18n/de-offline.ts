/**
 * Texts of the save line above each editor: whether what someone typed is on the server, on this device
 * only, or on its way (ADR 013). Hooked into the catalogue as `offline`.
 */
export const deOffline = {
  states: {
    connecting: "Verbindung wird aufgebaut …",
    saving: "Verbunden · wird gesendet …",
    // "(Server)": stored in the server's database, not only here; the line below adds the time.
    saved: "Verbunden · gespeichert (Server)",
    readOnly: "Verbunden · nur lesen",
    offline: "Verbindung unterbrochen – Ihre Änderungen bleiben erhalten, solange diese Seite geöffnet ist.",
    offlineReadOnly: "Verbindung unterbrochen – es wird erneut verbunden …",
    offlineLocal: "Verbindung unterbrochen · offline – lokal gesichert",
    blocked:
      "Die Verbindung zum Server ist blockiert (möglicherweise durch einen Proxy, der WebSockets nicht erlaubt). Ihre Eingaben bleiben auf diesem Gerät gespeichert. Bitte wenden Sie sich an die Technik vor Ort.",
    blockedReadOnly:
      "Die Verbindung zum Server ist blockiert (möglicherweise durch einen Proxy, der WebSockets nicht erlaubt). Bitte wenden Sie sich an die Technik vor Ort.",
    unavailable: "Das Dokument kann gerade nicht geladen werden. Es wird erneut versucht.",
  },
  /** Under "gespeichert": the time of the server's last confirmation, in the page's language. */
  confirmedAt: (time: string) => `Auf dem Server, zuletzt bestätigt ${time}`,
  offlineHint: "Sie können weiterschreiben. Sobald die Verbindung wieder da ist, wird alles gesendet.",
  /** Read out (politely) when the connection changes; never for each keystroke's "wird gesendet". */
  announcements: {
    offline: "Die Verbindung zum Server ist unterbrochen.",
    offlineLocal: "Die Verbindung zum Server ist unterbrochen. Ihre Eingaben werden auf diesem Gerät gesichert.",
    online: "Die Verbindung zum Server ist wieder da.",
  },
};
