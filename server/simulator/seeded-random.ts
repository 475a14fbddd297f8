/** A source of uniform numbers in [0, 1) that repeats exactly for the same seed. */
export type Random = () => number;

/**
 * A 32-bit FNV-1a hash, used to turn symbols and dates into seeds.
 * @example hashSeed('SBIN') === hashSeed('SBIN') // true
 */
export function hashSeed(...parts: Array<string | number>): number {
  let hash = 0x811c9dc5;
  for (const char of parts.join('|')) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * mulberry32: small, fast and good enough for simulated prices; not for anything secret.
 * @example createRandom(hashSeed('SBIN'))() // a number in [0, 1), the same on every run
 */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A standard normal draw (Box–Muller).
 * @example normal(createRandom(1)) // e.g. -0.42
 */
export function normal(random: Random): number {
  const u = Math.max(random(), Number.EPSILON);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/**
 * A Student-t draw scaled to unit variance: daily returns have fatter tails than a normal.
 * @example fatTailed(createRandom(1), 4)
 */
export function fatTailed(random: Random, degreesOfFreedom: number): number {
  let chiSquare = 0;
  for (let i = 0; i < degreesOfFreedom; i++) chiSquare += normal(random) ** 2;
  const t = normal(random) / Math.sqrt(chiSquare / degreesOfFreedom);
  return t * Math.sqrt((degreesOfFreedom - 2) / degreesOfFreedom);
}
