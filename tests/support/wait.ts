/**
 * Waits until `condition()` holds, re-checking whenever `subscribe` reports a change (an event, not a
 * timer). Rejects with `description` after `timeoutMs`: a generous bound for a shared, noisy machine, which
 * only decides how long a failing test takes, never whether a passing one passes.
 */
export function until(
  subscribe: (onChange: () => void) => () => void,
  condition: () => boolean,
  description: string,
  timeoutMs = 20_000,
): Promise<void> {
  if (condition()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    let unsubscribe = () => {};
    const timeout = setTimeout(() => {
      unsubscribe();
      reject(new Error(`Timed out waiting for: ${description}`));
    }, timeoutMs);
    unsubscribe = subscribe(() => {
      if (!condition()) return;
      clearTimeout(timeout);
      unsubscribe();
      resolve();
    });
  });
}
