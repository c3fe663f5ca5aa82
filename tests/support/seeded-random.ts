/**
 * Reproducible randomness for the fault-injection tests: every random choice (when to kill, which fault
 * next) comes from one seed, which a failing test prints. `FAULTS_SEED=<n>` replays a run.
 */
export interface SeededRandom {
  readonly seed: number;
  /** A number in [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  between(min: number, max: number): number;
}

export function seededRandom(seed = seedFromEnvironment()): SeededRandom {
  // mulberry32: tiny, fast and good enough to spread fault offsets; not for anything secret.
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { seed, next, between: (min, max) => min + Math.floor(next() * (max - min + 1)) };
}

function seedFromEnvironment(): number {
  const given = Number(process.env.FAULTS_SEED);
  return Number.isInteger(given) && given > 0 ? given : Math.floor(Math.random() * 2 ** 31) + 1;
}
