import { describe, expect, it } from 'vitest';
import { visibleWindow } from './virtual-window';

describe('visibleWindow', () => {
  it('renders the rows in view plus overscan, and pads for the rest', () => {
    const window = visibleWindow({ scrollTop: 3600, viewportHeight: 480, rowHeight: 36, count: 2000, overscan: 8 });
    expect(window).toEqual({ start: 92, end: 122, padTop: 92 * 36, padBottom: (2000 - 122) * 36 });
  });

  it('reaches the last row at the bottom and stays in range past it', () => {
    const bottom = visibleWindow({ scrollTop: 2000 * 36 - 480, viewportHeight: 480, rowHeight: 36, count: 2000 });
    expect(bottom.end).toBe(2000);
    expect(bottom.padBottom).toBe(0);
    const past = visibleWindow({ scrollTop: 999_999, viewportHeight: 480, rowHeight: 36, count: 10 });
    expect(past).toEqual({ start: 10, end: 10, padTop: 360, padBottom: 0 });
  });

  it('handles an empty table', () => {
    expect(visibleWindow({ scrollTop: 0, viewportHeight: 480, rowHeight: 36, count: 0 })).toEqual({
      start: 0,
      end: 0,
      padTop: 0,
      padBottom: 0
    });
  });
});
