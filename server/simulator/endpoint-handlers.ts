import type { z } from 'zod';
import type { CandleColumns } from '../../src-worker/candles/types.js';
import { holidays, istDateOf, marketTimings, toIstDate, type IstDate } from '../../src-worker/calendar/index.js';
import { historyBars, INTRADAY_INTERVAL_MINUTES, SUPPORTED_INTERVALS } from './history-bars.js';
import type { MarketSeries } from './market-series.js';
import { depthOf, quoteOf } from './quotes.js';
import type { SIMULATOR_SCHEMAS, SimulatedEndpoint } from './request-schemas.js';
import type { SymbolMaster, SymbolRecord } from './symbol-master.js';

/** How history timestamps are written: OpenAlgo versions and brokers differ, clients must cope with all. */
/** `iso-naive` is IST wall-clock time without an offset (`2025-04-01 09:15:00`), as some brokers' history reaches OpenAlgo. */
export type TimestampFormat = 'epoch-seconds' | 'epoch-ms' | 'iso' | 'iso-naive';

export interface SimulatedResponse {
  status: number;
  body: unknown;
}

type Bodies = { [E in SimulatedEndpoint]: z.infer<(typeof SIMULATOR_SCHEMAS)[E]> };
export type EndpointHandlers = { [E in SimulatedEndpoint]: (body: Bodies[E]) => Promise<SimulatedResponse> };

export interface HandlerContext {
  master: SymbolMaster;
  series: MarketSeries;
  now: () => Date;
  broker: string;
  settings: { timestampFormat: TimestampFormat };
  /** Resolves when this history call may go to the (simulated) broker. */
  waitForHistorySlot: () => Promise<void>;
}

const ok = (body: object): SimulatedResponse => ({ status: 200, body: { status: 'success', ...body } });
const fail = (status: number, message: unknown): SimulatedResponse => ({ status, body: { status: 'error', message } });
const notFound = (symbol: string, exchange: string) => fail(404, `Symbol ${symbol} not found on exchange ${exchange}`);

function formatTimestamp(time: number, format: TimestampFormat): number | string {
  if (format === 'epoch-seconds') return time;
  if (format === 'epoch-ms') return time * 1000;
  const local = new Date((time + 19_800) * 1000).toISOString();
  return `${local.slice(0, 10)} ${local.slice(11, 19)}${format === 'iso' ? '+05:30' : ''}`;
}

function historyRows(bars: CandleColumns, format: TimestampFormat) {
  return Array.from(bars.time, (time, i) => ({
    timestamp: formatTimestamp(time, format),
    open: bars.open[i],
    high: bars.high[i],
    low: bars.low[i],
    close: bars.close[i],
    volume: bars.volume[i],
    oi: bars.oi[i]
  }));
}

/**
 * The simulated OpenAlgo endpoints, taking bodies that already passed validation and the key check.
 * @example await createEndpointHandlers(context).quotes({ apikey, symbol: 'SBIN', exchange: 'NSE' })
 */
export function createEndpointHandlers(context: HandlerContext): EndpointHandlers {
  const { master, series, now } = context;
  const withSymbol = async (
    symbol: string,
    exchange: string,
    answer: (record: SymbolRecord) => SimulatedResponse
  ): Promise<SimulatedResponse> => {
    const record = master.find(symbol, exchange);
    return record ? answer(record) : notFound(symbol, exchange);
  };

  return {
    ping: async () => ok({ data: { message: 'pong', broker: context.broker } }),
    intervals: async () =>
      ok({
        data: {
          months: ['M'],
          weeks: ['W'],
          days: ['D'],
          hours: ['1h'],
          minutes: Object.keys(INTRADAY_INTERVAL_MINUTES).filter((i) => i.endsWith('m')),
          seconds: []
        }
      }),
    async history(body) {
      if (!(SUPPORTED_INTERVALS as readonly string[]).includes(body.interval)) {
        return fail(
          400,
          `Unsupported interval '${body.interval}'. Supported intervals: ${SUPPORTED_INTERVALS.join(', ')}`
        );
      }
      if (body.start_date > body.end_date) return fail(400, 'start_date must be on or before end_date');
      const record = master.find(body.symbol, body.exchange);
      if (!record) return notFound(body.symbol, body.exchange);
      await context.waitForHistorySlot();
      const start = body.start_date as IstDate;
      const end = body.end_date as IstDate;
      const bars = historyBars(series, record, body.interval, start, end, now());
      return ok({ data: historyRows(bars, context.settings.timestampFormat) });
    },
    quotes: async (body) =>
      withSymbol(body.symbol, body.exchange, (record) =>
        ok({ data: quoteOf(record, series.dailyBars(record, now())) })
      ),
    depth: async (body) =>
      withSymbol(body.symbol, body.exchange, (record) =>
        ok({ data: depthOf(record, series.dailyBars(record, now())) })
      ),
    async multiquotes(body) {
      const results = body.symbols.map(({ symbol, exchange }) => {
        const record = master.find(symbol, exchange);
        return record
          ? { symbol, exchange, data: quoteOf(record, series.dailyBars(record, now())) }
          : { symbol, exchange, error: 'Symbol not found' };
      });
      return ok({ results });
    },
    async search(body) {
      const found = master.search(body.query, body.exchange);
      if (found.length === 0) return fail(404, 'No matching symbols found');
      return ok({ message: `Found ${found.length} matching symbols`, data: found });
    },
    symbol: async (body) =>
      withSymbol(body.symbol, body.exchange, (record) =>
        ok({ data: { id: Number(record.token), ...record, freeze_qty: 1 } })
      ),
    'market/holidays': async (body) => ok(holidays(body.year ?? Number(istDateOf(now().getTime()).slice(0, 4)))),
    async 'market/timings'(body) {
      const date = toIstDate(body.date);
      return date ? ok({ data: marketTimings(date) }) : fail(400, 'Invalid date format. Use YYYY-MM-DD');
    },
    'telegram/notify': async () => ok({ message: 'Notification sent successfully' })
  };
}
