import type { ScanRow } from '$engine/pool/scan-types';

/**
 * A matched row with sensible defaults, for tests.
 * @example scanRow({ symbol: 'TCS', columns: { Close: 4012.5 } })
 */
export function scanRow(overrides: Partial<ScanRow> = {}): ScanRow {
  return {
    symbol: 'INFY',
    exchange: 'NSE',
    signal: 'BUY',
    columns: { Close: 1520.45, RSI: 61.2 },
    barTime: 1767205800,
    ...overrides
  };
}

/**
 * Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF) into lines of fields, for reading exports back.
 * @example parseCsv('a,"b,c"\r\n') // [['a', 'b,c']]
 */
export function parseCsv(text: string): string[][] {
  const lines: string[][] = [];
  let line: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      line.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      line.push(field);
      lines.push(line);
      line = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || line.length > 0) lines.push([...line, field]);
  return lines;
}
