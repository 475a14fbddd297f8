/**
 * Any CSS colour (daisyUI themes use `oklch(…)`) as `rgba(r, g, b, a)`, which the chart library can
 * parse: the colour is painted on a one-pixel canvas and read back. Falls back to `fallback`.
 * @example toRgba(getComputedStyle(element).color, '#666')
 */
export function toRgba(color: string, fallback: string): string {
  const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!context) return fallback;
  context.fillStyle = fallback;
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
  return `rgba(${r}, ${g}, ${b}, ${(a / 255).toFixed(3)})`;
}
