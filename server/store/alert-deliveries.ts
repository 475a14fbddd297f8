import type { Client } from '@libsql/client';
import { z } from 'zod';
import { capErrorText } from './error-text.js';
import { parseRows } from './rows.js';

export const DELIVERY_STATUSES = ['pending', 'sent', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

const deliveryRowSchema = z
  .object({
    id: z.number(),
    run_id: z.string(),
    channel: z.string(),
    status: z.enum(DELIVERY_STATUSES),
    attempts: z.number(),
    last_error: z.string().nullable(),
    at: z.number()
  })
  .transform(({ run_id, last_error, ...rest }) => ({ ...rest, runId: run_id, lastError: last_error }));
/** One alert for one run on one channel (e.g. 'telegram', 'webhook'); `at` is the last change. */
export type AlertDelivery = z.output<typeof deliveryRowSchema>;

export interface AlertDeliveryRepository {
  /** Queues a delivery as 'pending' with no attempts yet. */
  create(input: { runId: string; channel: string }, now?: number): Promise<AlertDelivery>;
  /** Records one attempt: 'sent', or 'failed'/'pending' (to retry) with its error. */
  recordAttempt(
    id: number,
    outcome: { status: DeliveryStatus; error?: string | null },
    now?: number
  ): Promise<AlertDelivery | null>;
  forRun(runId: string): Promise<AlertDelivery[]>;
  /** Deliveries still 'pending', oldest first: what a retrying sender picks up after a restart. */
  pending(limit?: number): Promise<AlertDelivery[]>;
}

/** Alert deliveries in SQLite. @example const alerts = createAlertDeliveryRepository(client) */
export function createAlertDeliveryRepository(client: Client): AlertDeliveryRepository {
  return {
    async create({ runId, channel }, now = Date.now()) {
      const [inserted] = await client.batch(
        [
          {
            sql: "INSERT INTO alert_deliveries (run_id, channel, status, attempts, at) VALUES (?, ?, 'pending', 0, ?) RETURNING *",
            args: [runId, channel, now]
          }
        ],
        'write'
      );
      return parseRows(deliveryRowSchema, inserted.rows)[0];
    },
    async recordAttempt(id, { status, error = null }, now = Date.now()) {
      const [updated] = await client.batch(
        [
          {
            sql: 'UPDATE alert_deliveries SET status = ?, attempts = attempts + 1, last_error = ?, at = ? WHERE id = ? RETURNING *',
            args: [status, error === null ? null : capErrorText(error), now, id]
          }
        ],
        'write'
      );
      return parseRows(deliveryRowSchema, updated.rows)[0] ?? null;
    },
    async forRun(runId) {
      const { rows } = await client.execute({
        sql: 'SELECT * FROM alert_deliveries WHERE run_id = ? ORDER BY id',
        args: [runId]
      });
      return parseRows(deliveryRowSchema, rows);
    },
    async pending(limit = 100) {
      const { rows } = await client.execute({
        sql: "SELECT * FROM alert_deliveries WHERE status = 'pending' ORDER BY at, id LIMIT ?",
        args: [limit]
      });
      return parseRows(deliveryRowSchema, rows);
    }
  };
}
