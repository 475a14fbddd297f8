import { allocateCandles, type CandleColumns } from '../../../src-worker/candles/types.js';
import { IST_OFFSET_MS, sessionSegments, istDateOf } from '../../../src-worker/calendar/index.js';
import type { LiveTick } from '../stream/index.js';
import { closeForming, emptySymbolBars, type FormingBar, type SymbolBars } from './symbol-bars.js';

export interface CandleBuilderStats {
  ticks: number;
  /** Ticks for a minute already sealed: left out (history corrects the bar). */
  late: number;
  duplicates: number;
}

export interface CandleBuilder {
  ingest(tick: LiveTick): void;
  /**
   * Closes every bar whose minute ended at least `graceMs` before `nowMs` and seals those
   * minutes against late ticks; returns the keys whose bar closed by this call.
   */
  closeDue(nowMs: number): string[];
  /** Takes history's bars for closed minutes (history wins); the forming minute stays live. */
  reconcile(key: string, history: CandleColumns, nowMs: number): void;
  /** After a reconnect the day volume's base is unknown until the next tick. */
  forgetVolumeBase(key: string): void;
  /** The day's closed one-minute bars of `key` ("NSE:SBIN"), or empty columns. */
  closedBars(key: string): CandleColumns;
  forming(key: string): FormingBar | null;
  stats(): CandleBuilderStats;
}

const DAY_MS = 86_400_000;
const istDay = (ms: number) => Math.floor((ms + IST_OFFSET_MS) / DAY_MS);
const sessionOpenCache = new Map<number, number | null>();
/** The first session minute of an IST day (epoch ms), or null when NSE is closed. */
function sessionOpen(day: number, sampleMs: number): number | null {
  let open = sessionOpenCache.get(day);
  if (open === undefined) {
    open = sessionSegments(istDateOf(sampleMs))[0]?.start ?? null;
    sessionOpenCache.set(day, open);
  }
  return open;
}

/**
 * Builds one-minute bars from ticks: first/max/min/last of the price, volume as the growth of
 * the cumulative day volume (a bar joined mid-day without a known base is marked partial), a
 * new set of bars each IST day, duplicate ticks ignored, ticks for sealed minutes left out, and
 * a minute without ticks left without a bar.
 * @example builder.ingest(tick); builder.closeDue(Date.now()) // keys whose minute just closed
 */
export function createCandleBuilder({ graceMs = 2_000 }: { graceMs?: number } = {}): CandleBuilder {
  const symbols = new Map<string, SymbolBars>();
  const counts: CandleBuilderStats = { ticks: 0, late: 0, duplicates: 0 };
  let sealedBefore = 0;

  function ingest(tick: LiveTick) {
    counts.ticks++;
    const key = `${tick.exchange}:${tick.symbol}`;
    const day = istDay(tick.time);
    let bars = symbols.get(key);
    if (!bars || bars.day < day) symbols.set(key, (bars = emptySymbolBars(day)));
    else if (bars.day > day) return void counts.late++;
    if (
      tick.time === bars.lastTickTime &&
      tick.ltp === bars.lastPrice &&
      (tick.volume === null || tick.volume === bars.lastVolume)
    ) {
      return void counts.duplicates++;
    }
    const minute = tick.time - (tick.time % 60_000);
    if (
      minute < sealedBefore ||
      (bars.forming && minute < bars.forming.minute) ||
      minute < (bars.time[bars.time.length - 1] ?? 0) * 1000 + 60_000
    ) {
      return void counts.late++;
    }
    // Volume traded since the last tick; unknown (0, bar partial) when the day's base is unknown.
    let traded = 0;
    let partial = false;
    if (tick.volume !== null) {
      if (bars.lastVolume !== null && tick.volume >= bars.lastVolume) traded = tick.volume - bars.lastVolume;
      else if (bars.lastVolume === null && minute === sessionOpen(day, tick.time)) traded = tick.volume;
      else partial = true;
      bars.lastVolume = bars.lastVolume === null ? tick.volume : Math.max(bars.lastVolume, tick.volume);
    }
    const forming = bars.forming;
    if (forming && forming.minute === minute) {
      if (tick.ltp > forming.high) forming.high = tick.ltp;
      if (tick.ltp < forming.low) forming.low = tick.ltp;
      if (tick.time >= bars.lastTickTime) forming.close = tick.ltp;
      forming.volume += traded;
      forming.partial ||= partial;
    } else {
      closeForming(bars);
      bars.forming = {
        minute,
        open: tick.ltp,
        high: tick.ltp,
        low: tick.ltp,
        close: tick.ltp,
        volume: traded,
        partial
      };
    }
    if (tick.time >= bars.lastTickTime) {
      bars.lastTickTime = tick.time;
      bars.lastPrice = tick.ltp;
    }
  }

  return {
    ingest,
    closeDue(nowMs) {
      const boundary = nowMs - graceMs - ((nowMs - graceMs) % 60_000);
      sealedBefore = Math.max(sealedBefore, boundary);
      const closed: string[] = [];
      for (const [key, bars] of symbols) {
        if (bars.forming && bars.forming.minute + 60_000 <= boundary) {
          closeForming(bars);
          closed.push(key);
        }
      }
      return closed;
    },
    reconcile(key, history, nowMs) {
      const day = istDay(nowMs);
      const live = symbols.get(key);
      const bars = live && live.day === day ? live : emptySymbolBars(day);
      symbols.set(key, bars);
      const formingFrom = bars.forming?.minute ?? nowMs - (nowMs % 60_000);
      const merged = new Map<number, number>();
      bars.time.forEach((time, index) => merged.set(time, index));
      const rows: [number, number, number, number, number, number, boolean][] = bars.time.map((time, i) => [
        time,
        bars.open[i],
        bars.high[i],
        bars.low[i],
        bars.close[i],
        bars.volume[i],
        bars.partial[i]
      ]);
      for (let i = 0; i < history.time.length; i++) {
        const time = history.time[i];
        if (istDay(time * 1000) !== day || time * 1000 + 60_000 > nowMs || time * 1000 >= formingFrom) continue;
        const row: (typeof rows)[number] = [
          time,
          history.open[i],
          history.high[i],
          history.low[i],
          history.close[i],
          history.volume[i],
          false
        ];
        const at = merged.get(time);
        if (at === undefined) rows.push(row);
        else rows[at] = row;
      }
      rows.sort((a, b) => a[0] - b[0]);
      bars.time = rows.map((r) => r[0]);
      bars.open = rows.map((r) => r[1]);
      bars.high = rows.map((r) => r[2]);
      bars.low = rows.map((r) => r[3]);
      bars.close = rows.map((r) => r[4]);
      bars.volume = rows.map((r) => r[5]);
      bars.partial = rows.map((r) => r[6]);
    },
    forgetVolumeBase(key) {
      const bars = symbols.get(key);
      if (bars) bars.lastVolume = null;
    },
    closedBars(key) {
      const bars = symbols.get(key);
      const out = allocateCandles(bars?.time.length ?? 0);
      if (!bars) return out;
      out.time.set(bars.time);
      out.open.set(bars.open);
      out.high.set(bars.high);
      out.low.set(bars.low);
      out.close.set(bars.close);
      out.volume.set(bars.volume);
      return out;
    },
    forming: (key) => symbols.get(key)?.forming ?? null,
    stats: () => ({ ...counts })
  };
}
