import { describe, expect, it } from 'vitest';
import { createCompletionQueue } from './completion-queue';

const after = <T>(ms: number, value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

describe('completion queue', () => {
  it('runs a bounded number of jobs at once and hands results back as they finish', async () => {
    const queue = createCompletionQueue<string>(2);
    let running = 0;
    let peak = 0;
    const job = (ms: number, name: string) => async () => {
      peak = Math.max(peak, ++running);
      const result = await after(ms, name);
      running--;
      return result;
    };
    queue.add(job(30, 'slow'));
    queue.add(job(5, 'fast'));
    queue.add(job(5, 'third'));
    const order: string[] = [];
    for (let result = await queue.next(); result !== undefined; result = await queue.next()) order.push(result);
    expect(order).toEqual(['fast', 'third', 'slow']);
    expect(peak).toBe(2);
  });

  it('lists what has finished without waiting', async () => {
    const queue = createCompletionQueue<number>(4);
    expect(queue.takeFinished()).toEqual([]);
    queue.add(async () => 1);
    await after(0, null);
    expect(queue.takeFinished()).toEqual([1]);
    expect(await queue.next()).toBeUndefined();
  });

  it('passes on a job that throws', async () => {
    const queue = createCompletionQueue<number>(1);
    queue.add(() => Promise.reject(new Error('broken')));
    await expect(queue.next()).rejects.toThrow('broken');
  });

  it('drops jobs that have not started', async () => {
    const queue = createCompletionQueue<string>(1);
    const started: string[] = [];
    for (const name of ['first', 'second']) queue.add(async () => (started.push(name), after(5, name)));
    queue.discardWaiting();
    expect(await queue.next()).toBe('first');
    expect(await queue.next()).toBeUndefined();
    expect(started).toEqual(['first']);
  });
});
