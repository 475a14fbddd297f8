/** A small seeded generator (mulberry32): the same seed gives the same schedule. */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(below: number): number {
    return Math.floor(this.next() * below);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }

  /** One of `choices` by weight. */
  weighted<T extends string>(choices: Record<T, number>): T {
    const entries = Object.entries(choices) as Array<[T, number]>;
    let roll = this.next() * entries.reduce((sum, [, w]) => sum + w, 0);
    for (const [choice, weight] of entries) if ((roll -= weight) < 0) return choice;
    return entries[entries.length - 1][0];
  }
}
