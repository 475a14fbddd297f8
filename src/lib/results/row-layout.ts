/** Rows are fixed-height (that is what lets the table render only the rows in view): these are the heights. */
export const TABLE_ROW_HEIGHT = 36;
export const TABLE_HEADER_HEIGHT = 36;
/** A card line (a label and its value) on a phone, and a card's top and bottom padding together. */
export const CARD_LINE_HEIGHT = 22;
export const CARD_PADDING = 12;

/**
 * How tall one result row is: a table row on a wide screen; on a phone a card whose cells (symbol,
 * signal, date, the comparison badge, each column) sit two to a line.
 * @example resultRowHeight({ cards: true, cells: 8 }) // 100
 */
export function resultRowHeight({ cards, cells }: { cards: boolean; cells: number }): number {
  return cards ? Math.ceil(cells / 2) * CARD_LINE_HEIGHT + CARD_PADDING : TABLE_ROW_HEIGHT;
}
