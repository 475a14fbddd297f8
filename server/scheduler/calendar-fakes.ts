import { holidays, marketTimings, toIstDate } from '../../src-worker/calendar/index.js';
import { OpenAlgoError, type OpenAlgoClient } from '../openalgo/index.js';

type CalendarClient = Pick<OpenAlgoClient, 'holidays' | 'timings'>;

/** A stand-in for OpenAlgo's market/holidays and market/timings, answering from the built-in NSE calendar and counting calls. */
export function createCalendarClient({ failing = false } = {}): CalendarClient & {
  calls: { holidays: number; timings: number };
  failing: boolean;
} {
  const calls = { holidays: 0, timings: 0 };
  const unreachable = (endpoint: string) => ({
    error: new OpenAlgoError('unreachable', `OpenAlgo ${endpoint} failed: connection refused`, endpoint)
  });
  const client = {
    calls,
    failing,
    async holidays(request?: { year?: number }) {
      calls.holidays++;
      return client.failing ? unreachable('market/holidays') : { data: holidays(request?.year ?? 2026) };
    },
    async timings(request: { date: string }) {
      calls.timings++;
      return client.failing ? unreachable('market/timings') : { data: marketTimings(toIstDate(request.date)!) };
    }
  };
  return client;
}
