import {
  customSeriesDefaultOptions,
  type CustomData,
  type CustomSeriesOptions,
  type CustomSeriesPricePlotValues,
  type ICustomSeriesPaneRenderer,
  type ICustomSeriesPaneView,
  type PaneRendererCustomData,
  type PriceToCoordinateConverter,
  type Time
} from 'lightweight-charts';
import type { CanvasRenderingTarget2D } from 'fancy-canvas';

/** One bar of a filled band: the two edges (either may be the higher one). */
export interface BandFillPoint extends CustomData<Time> {
  upper: number;
  lower: number;
}

export interface BandFillOptions extends CustomSeriesOptions {
  /** Fill where `upper` ≥ `lower`, and where it is below (Ichimoku's bullish and bearish cloud). */
  aboveColour: string;
  belowColour: string;
}

/**
 * A lightweight-charts custom series that fills the area between two lines bar by
 * bar, coloured by which edge is on top: Ichimoku's cloud, or a band's body.
 */
export class BandFillSeries implements ICustomSeriesPaneView<Time, BandFillPoint, BandFillOptions> {
  private data: PaneRendererCustomData<Time, BandFillPoint> | null = null;
  private options: BandFillOptions | null = null;

  renderer(): ICustomSeriesPaneRenderer {
    return { draw: (target, priceToY) => this.draw(target, priceToY) };
  }

  update(data: PaneRendererCustomData<Time, BandFillPoint>, options: BandFillOptions): void {
    this.data = data;
    this.options = options;
  }

  priceValueBuilder(point: BandFillPoint): CustomSeriesPricePlotValues {
    return [Math.max(point.upper, point.lower), Math.min(point.upper, point.lower), point.upper];
  }

  isWhitespace(point: BandFillPoint | { time: Time }): point is { time: Time } {
    return !('upper' in point) || !Number.isFinite(point.upper) || !Number.isFinite(point.lower);
  }

  defaultOptions(): BandFillOptions {
    return {
      ...customSeriesDefaultOptions,
      aboveColour: 'rgba(22,163,74,0.18)',
      belowColour: 'rgba(220,38,38,0.18)',
      lastValueVisible: false,
      priceLineVisible: false
    };
  }

  private draw(target: CanvasRenderingTarget2D, priceToY: PriceToCoordinateConverter): void {
    const { data, options } = this;
    if (!data || !options || !data.visibleRange) return;
    const bars = data.bars.slice(Math.max(0, data.visibleRange.from - 1), data.visibleRange.to + 1);
    target.useBitmapCoordinateSpace(({ context, horizontalPixelRatio: h, verticalPixelRatio: v }) => {
      // Each gap between two bars is a quadrilateral coloured by the edge on top at its left end.
      for (let i = 1; i < bars.length; i++) {
        const [a, b] = [bars[i - 1], bars[i]];
        const ys = [a.originalData.upper, b.originalData.upper, b.originalData.lower, a.originalData.lower].map(
          (price) => priceToY(price)
        );
        if (ys.some((y) => y === null)) continue;
        context.fillStyle = a.originalData.upper >= a.originalData.lower ? options.aboveColour : options.belowColour;
        context.beginPath();
        context.moveTo(a.x * h, ys[0]! * v);
        context.lineTo(b.x * h, ys[1]! * v);
        context.lineTo(b.x * h, ys[2]! * v);
        context.lineTo(a.x * h, ys[3]! * v);
        context.closePath();
        context.fill();
      }
    });
  }
}
