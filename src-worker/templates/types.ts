/** The template library's categories, in the order the library lists them. */
export const TEMPLATE_CATEGORIES = [
  'Momentum',
  'Volume',
  'Trend',
  'Volatility',
  'Price Patterns',
  'Exploration'
] as const;
export type TemplateCategory = (typeof TEMPLATE_CATEGORIES)[number];

/**
 * A built-in scanner a trader can start from: complete scanner source whose
 * header repeats `name`, `category` and `description`, so a copy saved as the
 * trader's own scanner keeps them.
 */
export interface ScannerTemplate {
  /** Stable kebab-case id, e.g. `macd-crossover`. */
  id: string;
  name: string;
  category: TemplateCategory;
  description: string;
  /** The result columns every matched row carries, in display order. */
  columns: readonly string[];
  source: string;
}
