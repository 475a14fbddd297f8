import { expect, it } from 'vitest';
import { CARD_LINE_HEIGHT, CARD_PADDING, TABLE_ROW_HEIGHT, resultRowHeight } from './row-layout';

it('makes a phone card tall enough for its cells two to a line, and a table row one line', () => {
  expect(resultRowHeight({ cards: false, cells: 12 })).toBe(TABLE_ROW_HEIGHT);
  expect(resultRowHeight({ cards: true, cells: 3 })).toBe(2 * CARD_LINE_HEIGHT + CARD_PADDING);
  expect(resultRowHeight({ cards: true, cells: 8 })).toBe(4 * CARD_LINE_HEIGHT + CARD_PADDING);
});
