import { describe, expect, it } from 'vitest';
import type { BatchTask } from '../engine/engine-api.js';
import { TaskSource } from './task-source.js';

const task = (symbol: string): BatchTask => ({
  symbol,
  exchange: 'NSE',
  interval: 'D',
  candles: { bars: 0, packed: new Float64Array(0) }
});
const names = (tasks: BatchTask[]) => tasks.map((t) => t.symbol);
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A source that counts how far it has been read and whether it was closed. */
function countingSource(count: number) {
  const state = { pulled: 0, closed: false };
  function* generate() {
    try {
      for (let i = 0; i < count; i++) {
        state.pulled++;
        yield task(`S${i}`);
      }
    } finally {
      state.closed = true;
    }
  }
  return { state, iterable: generate() };
}

describe('TaskSource', () => {
  it('hands out a sync iterable in batches of at most the count asked, then an empty batch', async () => {
    const source = new TaskSource(['A', 'B', 'C', 'D', 'E'].map(task));
    await tick();
    expect(source.queued).toBe(5);
    expect(names(await source.take(2))).toEqual(['A', 'B']);
    expect(names(await source.take(10))).toEqual(['C', 'D', 'E']);
    expect(await source.take(10)).toEqual([]);
    expect(await source.take(10)).toEqual([]);
  });

  it('gives a taker what is ready instead of waiting to fill its batch', async () => {
    let release: () => void = () => undefined;
    async function* slow() {
      yield task('A');
      await new Promise<void>((resolve) => (release = resolve));
      yield task('B');
    }
    const source = new TaskSource(slow());
    expect(names(await source.take(8))).toEqual(['A']);
    const waiting = source.take(8);
    release();
    expect(names(await waiting)).toEqual(['B']);
    expect(await source.take(8)).toEqual([]);
  });

  it('reads no further ahead than its high-water mark', async () => {
    const { state, iterable } = countingSource(100);
    const source = new TaskSource(iterable, 3);
    await tick();
    expect(state.pulled).toBe(3);
    expect(source.queued).toBe(3);
    await source.take(2);
    await tick();
    expect(state.pulled).toBe(5);
  });

  it('stop() ends reading: the source is closed and takers then get an empty batch', async () => {
    const { state, iterable } = countingSource(100);
    const source = new TaskSource(iterable, 4);
    await tick();
    source.stop();
    await tick();
    expect(state.closed).toBe(true);
    // At most the task already being read when stop() came.
    expect(state.pulled).toBeLessThanOrEqual(5);
    await source.take(100);
    expect(await source.take(100)).toEqual([]);
  });

  it('a source that throws hands out what it read, then take() rejects with its error', async () => {
    async function* broken() {
      yield task('A');
      throw new Error('candles unavailable');
    }
    const source = new TaskSource(broken());
    await tick();
    expect((await source.take(8)).map((t) => t.symbol)).toEqual(['A']);
    await expect(source.take(8)).rejects.toThrow('candles unavailable');
  });
});
