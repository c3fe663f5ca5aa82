/**
 * The reference clients, for bench code outside this folder. Imported (not required) so that yjs
 * resolves to the app's own ES module copy: a second yjs instance in one process breaks its
 * constructor checks, and this package deliberately installs no yjs of its own (see .npmrc).
 */
export { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
