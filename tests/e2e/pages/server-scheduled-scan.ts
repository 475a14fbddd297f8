import { expect, type APIRequestContext } from '@playwright/test';

/** How far ahead the `once` schedule is set: beyond the scheduler's 5 s look for new schedules. */
const SCHEDULE_LEAD_MS = 7_000;

export interface ServerRunRow {
  symbol: string;
  exchange: string;
  signal: string;
  columns: Record<string, number | string | boolean | null>;
  barTime: number | null;
}

/**
 * Runs a scanner headlessly on the server the way a trader schedules one, through the REST API only:
 * a scanner, a watchlist, a `once` schedule a few seconds ahead with market hours off, then the run.
 */
export class ServerScheduledScan {
  constructor(private readonly request: APIRequestContext) {}

  private async create<T>(path: string, key: string, data: unknown): Promise<T> {
    const response = await this.request.post(path, { data });
    expect(response.status(), `${path}: ${await response.text()}`).toBe(201);
    return (await response.json())[key] as T;
  }

  /** Schedules `source` over `symbols`, waits for the run to finish, and returns it with every result row. */
  async run(name: string, source: string, symbols: { symbol: string; exchange: string }[]) {
    const scanner = await this.create<{ id: string }>('/api/scanners', 'scanner', { name, source });
    const watchlist = await this.create<{ id: string }>('/api/watchlists', 'watchlist', {
      name: `${name} symbols`,
      symbols
    });
    const schedule = await this.create<{ id: string }>('/api/schedules', 'schedule', {
      scannerId: scanner.id,
      watchlistId: watchlist.id,
      kind: 'once',
      spec: { at: Date.now() + SCHEDULE_LEAD_MS },
      marketHoursOnly: false
    });
    let runId = '';
    await expect
      .poll(
        async () => {
          const { runs } = (await (await this.request.get(`/api/runs?scheduleId=${schedule.id}`)).json()) as {
            runs: { id: string; status: string }[];
          };
          runId = runs[0]?.id ?? '';
          return runs[0]?.status ?? 'not started';
        },
        { timeout: 60_000, intervals: [500] }
      )
      .toBe('completed');
    const answer = await this.request.get(`/api/runs/${runId}?limit=5000`);
    expect(answer.ok()).toBe(true);
    const { run, results, errors } = (await answer.json()) as {
      run: { id: string; stats: Record<string, number> | null };
      results: { items: ServerRunRow[]; total: number };
      errors: { symbol: string; message: string }[];
    };
    expect(results.items).toHaveLength(results.total);
    return { run, rows: results.items, errors, scheduleId: schedule.id };
  }
}
