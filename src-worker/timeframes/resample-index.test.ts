import { describe, expect, it } from 'vitest';
import { sessionSegments, type IstDate } from '../calendar/index.js';
import { PACKED_FIELDS } from '../candles/packed.js';
import type { CandleColumns } from '../candles/types.js';
import { minuteBars } from '../../server/simulator/intraday-bars.js';
import { realCandles } from '../../tests/fixtures/real-candles.js';
import { parseTimeframe } from './interval-spec.js';
import { referenceResample } from './reference-resample.js';
import { ResampleIndex } from './resample-index.js';

const fieldsOf = (c: CandleColumns) => PACKED_FIELDS.map((field) => c[field]);
const prefix = (c: CandleColumns, n: number) =>
  Object.fromEntries(PACKED_FIELDS.map((field) => [field, c[field].subarray(0, n)])) as unknown as CandleColumns;
const columnsOf = ({ periods, packed }: { periods: number; packed: Float64Array }) =>
  Object.fromEntries(
    PACKED_FIELDS.map((field, i) => [field, Array.from(packed.subarray(i * periods, (i + 1) * periods))])
  );
const plain = (c: CandleColumns) => Object.fromEntries(PACKED_FIELDS.map((field) => [field, Array.from(c[field])]));
const istDate = (seconds: number) => new Date((seconds + 19_800) * 1000).toISOString().slice(0, 10);
const weekday = (seconds: number) => new Date((seconds + 19_800) * 1000).getUTCDay();

/** Deterministic cut points spread over the series (no Math.random: failures must reproduce). */
const cutPoints = (bars: number, count: number) =>
  Array.from({ length: count }, (_, i) => 1 + ((i * 7919 + 13) % bars));

describe('ResampleIndex on the real INFY daily series', () => {
  const daily = realCandles('INFY');
  const bars = daily.time.length;

  it.each(['W', 'M'])('%s over the whole history equals the independent resampler', (target) => {
    const index = new ResampleIndex(fieldsOf(daily), parseTimeframe(target)!);
    expect(columnsOf(index.cut(bars))).toEqual(plain(referenceResample(daily, target)));
  });

  it.each(['W', 'M'])('%s cut at a bar equals resampling only the bars up to it (forming last bar)', (target) => {
    const index = new ResampleIndex(fieldsOf(daily), parseTimeframe(target)!);
    for (const n of cutPoints(bars, 60)) {
      expect(columnsOf(index.cut(n))).toEqual(plain(referenceResample(prefix(daily, n), target)));
    }
  });

  it('weeks run from Monday in IST and a holiday simply leaves its day out', () => {
    const weeks = referenceResample(daily, 'W');
    const index = new ResampleIndex(fieldsOf(daily), { kind: 'W' });
    const { packed, periods } = index.cut(bars);
    expect(periods).toBe(weeks.time.length);
    // Bars per week from the real calendar: short weeks exist (holidays) and none is longer than 5 days.
    const perWeek = new Map<number, number>();
    for (let i = 0; i < bars; i++) {
      const start = packed[index.periods(i + 1) - 1];
      perWeek.set(start, (perWeek.get(start) ?? 0) + 1);
      // NSE's rare weekend sessions (budget day, Muhurat) join the week that began on the Monday before.
      const daysIntoWeek = (daily.time[i] - start) / 86_400;
      expect(daysIntoWeek).toBeGreaterThanOrEqual(0);
      expect(((weekday(start) + 6) % 7) + daysIntoWeek).toBeLessThan(7);
    }
    expect([...perWeek.values()].filter((count) => count === 5).length).toBeGreaterThan(100);
    expect(Math.min(...perWeek.values())).toBeLessThan(5);
    // A week whose Monday was a holiday starts on its first trading day: 2024-04-08 week is whole, 2023-01-26 (Thu) is a holiday.
    const holidayWeek = [...perWeek.keys()].find((start) => istDate(start) === '2023-01-23');
    expect(holidayWeek && perWeek.get(holidayWeek)).toBe(4);
  });

  it('months end on the last trading day of the month', () => {
    const months = new ResampleIndex(fieldsOf(daily), { kind: 'M' }).cut(bars);
    const columns = columnsOf(months);
    for (let p = 1; p < months.periods; p++) {
      const last = daily.time.findLastIndex((t) => t < columns.time[p]);
      expect(istDate(daily.time[last]).slice(0, 7)).not.toBe(istDate(columns.time[p]).slice(0, 7));
      expect(columns.close[p - 1]).toBe(daily.close[last]);
    }
  });
});

describe('ResampleIndex on intraday bars of real sessions', () => {
  const daily = realCandles('RELIANCE');
  const days = Array.from({ length: 6 }, (_, i) => daily.time.length - 6 + i);
  const minuteParts = days.map((d) => {
    const bar = {
      open: daily.open[d],
      high: daily.high[d],
      low: daily.low[d],
      close: daily.close[d],
      volume: daily.volume[d]
    };
    return minuteBars(bar, sessionSegments(istDate(daily.time[d]) as IstDate), d);
  });
  const joined = Object.fromEntries(
    PACKED_FIELDS.map((field) => [field, Float64Array.from(minuteParts.flatMap((part) => Array.from(part[field])))])
  ) as unknown as CandleColumns;
  const fiveMinute = referenceResample(joined, '5m');

  it('5m → 75m splits each session into five 75-minute bars from 09:15 IST and equals the independent resampler', () => {
    const index = new ResampleIndex(fieldsOf(fiveMinute), { kind: 'minutes', minutes: 75 });
    const result = columnsOf(index.cut(fiveMinute.time.length));
    expect(result).toEqual(plain(referenceResample(joined, '75m')));
    expect(result.time.length).toBe(days.length * 5);
    const clock = (s: number) => new Date((s + 19_800) * 1000).toISOString().slice(11, 16);
    expect(result.time.slice(0, 5).map(clock)).toEqual(['09:15', '10:30', '11:45', '13:00', '14:15']);
  });

  it('5m → D rebuilds the recorded daily bars', () => {
    const result = columnsOf(new ResampleIndex(fieldsOf(fiveMinute), { kind: 'D' }).cut(fiveMinute.time.length));
    expect(result.open).toEqual(days.map((d) => daily.open[d]));
    expect(result.high).toEqual(days.map((d) => daily.high[d]));
    expect(result.low).toEqual(days.map((d) => daily.low[d]));
    expect(result.close).toEqual(days.map((d) => daily.close[d]));
  });

  it('5m → 15m and 1h cut at any bar equal resampling the bars up to it', () => {
    for (const target of ['15m', '1h']) {
      const index = new ResampleIndex(fieldsOf(fiveMinute), parseTimeframe(target)!);
      for (const n of cutPoints(fiveMinute.time.length, 40)) {
        expect(columnsOf(index.cut(n))).toEqual(plain(referenceResample(prefix(fiveMinute, n), target)));
      }
    }
  });
});
