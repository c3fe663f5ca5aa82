/** The `synced` promise of a raw client: resolved by the first sync step 2, rejected if the socket closes first. */
export function rawSyncState(): { synced: Promise<void>; markSynced(): void; fail(code: number): void } {
  let markSynced = () => {};
  let fail = (_code: number) => {};
  const synced = new Promise<void>((resolve, reject) => {
    markSynced = resolve;
    fail = (code) => reject(new Error(`the connection closed (code ${code}) before the first sync`));
  });
  // A client destroyed before it synced, with no one waiting, must not crash the generator process.
  synced.catch(() => {});
  return { synced, markSynced, fail };
}
