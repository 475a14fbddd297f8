/** The slice of rows to render for a scroll position, with the space to leave above and below it. */
export interface VirtualWindow {
  start: number;
  /** Exclusive. */
  end: number;
  padTop: number;
  padBottom: number;
}

/**
 * Which of `count` fixed-height rows a viewport shows, plus `overscan` rows either side so fast
 * scrolling never shows a gap.
 * @example visibleWindow({ scrollTop: 3600, viewportHeight: 480, rowHeight: 36, count: 2000 }) // rows 92–123
 */
export function visibleWindow({
  scrollTop,
  viewportHeight,
  rowHeight,
  count,
  overscan = 8
}: {
  scrollTop: number;
  viewportHeight: number;
  rowHeight: number;
  count: number;
  overscan?: number;
}): VirtualWindow {
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const start = Math.max(0, Math.min(count, first - overscan));
  const end = Math.min(count, first + Math.ceil(viewportHeight / rowHeight) + overscan);
  return {
    start,
    end: Math.max(start, end),
    padTop: start * rowHeight,
    padBottom: (count - Math.max(start, end)) * rowHeight
  };
}
