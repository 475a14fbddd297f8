import { parseBarTime } from '../../src-worker/candles/timestamp.js';

/** A market time given as IST wall-clock, e.g. `ist('2026-11-25T11:00')`. */
export const ist = (text: string) => new Date(`${text}:00+05:30`);

export interface HistoryRow {
  timestamp: number | string;
  open: number;
  high: number;
  low: number;
  close: number;
  volume: number;
  oi: number;
}

/**
 * POSTs `body` (plus the key) to a running simulator and returns status and parsed JSON.
 * @example await callSimulator(sim, 'ping', {})
 */
export async function callSimulator(
  sim: { url: string; apiKey: string },
  endpoint: string,
  body: object
): Promise<{ status: number; json: any }> {
  const response = await fetch(`${sim.url}/api/v1/${endpoint}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ apikey: sim.apiKey, ...body })
  });
  const text = await response.text();
  let json: unknown = text;
  try {
    json = JSON.parse(text);
  } catch {
    // Some faults answer with bodies that are not JSON; the raw text is what tests look at then.
  }
  return { status: response.status, json };
}

/** Bar times of history rows in epoch seconds, whatever format they came in. */
export const rowTimes = (rows: HistoryRow[]) => rows.map((row) => parseBarTime(row.timestamp));
