import { randomUUID } from 'node:crypto';
import type { Client } from '@libsql/client';
import { z } from 'zod';
import { targetInputSchema, type OpenAlgoTarget, type TargetInput } from './target-schema.js';

/** Kept beside the alert code rather than in the shared migrations: both tables belong to these targets only. */
const TABLES = [
  `CREATE TABLE IF NOT EXISTS openalgo_targets (id TEXT PRIMARY KEY, config TEXT NOT NULL, webhook_id TEXT NOT NULL, created_at INTEGER NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS openalgo_target_attempts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    target_id TEXT NOT NULL REFERENCES openalgo_targets (id) ON DELETE CASCADE,
    run_key TEXT NOT NULL,
    day TEXT NOT NULL,
    symbols TEXT NOT NULL,
    body TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('sent', 'failed', 'refused', 'capped')),
    http_status INTEGER,
    answer TEXT NOT NULL,
    at INTEGER NOT NULL
  )`,
  'CREATE INDEX IF NOT EXISTS openalgo_target_attempts_run ON openalgo_target_attempts (target_id, run_key)'
];

export type AttemptStatus = 'sent' | 'failed' | 'refused' | 'capped';
export interface TargetAttempt {
  id: number;
  targetId: string;
  runKey: string;
  day: string;
  /** "NSE:SBIN" keys this attempt was for. */
  symbols: string[];
  /** The JSON text posted (or that would have been). */
  body: string;
  status: AttemptStatus;
  httpStatus: number | null;
  /** OpenAlgo's answer, or why nothing was sent. */
  answer: string;
  at: number;
}

const targetRow = z.object({ id: z.string(), config: z.string(), webhook_id: z.string(), created_at: z.number() });
const attemptRow = z.object({
  id: z.number(),
  target_id: z.string(),
  run_key: z.string(),
  day: z.string(),
  symbols: z.string(),
  body: z.string(),
  status: z.enum(['sent', 'failed', 'refused', 'capped']),
  http_status: z.number().nullable(),
  answer: z.string(),
  at: z.number()
});

const toTarget = (row: unknown): OpenAlgoTarget => {
  const { id, config, webhook_id, created_at } = targetRow.parse(row);
  return { ...targetInputSchema.parse(JSON.parse(config)), id, webhookId: webhook_id, createdAt: created_at };
};
const toAttempt = (row: unknown): TargetAttempt => {
  const r = attemptRow.parse(row);
  return {
    id: r.id,
    targetId: r.target_id,
    runKey: r.run_key,
    day: r.day,
    symbols: z.array(z.string()).parse(JSON.parse(r.symbols)),
    body: r.body,
    status: r.status,
    httpStatus: r.http_status,
    answer: r.answer,
    at: r.at
  };
};

/**
 * The OpenAlgo alert targets and every attempt to post to them, in SQLite.
 * @example const targets = await createTargetStore(store.client); await targets.list()
 */
export async function createTargetStore(client: Client) {
  for (const sql of TABLES) await client.execute(sql);
  const configOf = ({ webhookId: _secret, ...config }: TargetInput) => JSON.stringify(config);
  return {
    async list(): Promise<OpenAlgoTarget[]> {
      return (await client.execute('SELECT * FROM openalgo_targets ORDER BY created_at')).rows.map(toTarget);
    },
    async get(id: string): Promise<OpenAlgoTarget | null> {
      const { rows } = await client.execute({ sql: 'SELECT * FROM openalgo_targets WHERE id = ?', args: [id] });
      return rows[0] ? toTarget(rows[0]) : null;
    },
    async create(input: TargetInput & { webhookId: string }, now = Date.now()): Promise<OpenAlgoTarget> {
      const id = randomUUID();
      await client.execute({
        sql: 'INSERT INTO openalgo_targets (id, config, webhook_id, created_at) VALUES (?, ?, ?, ?)',
        args: [id, configOf(input), input.webhookId, now]
      });
      return (await this.get(id))!;
    },
    /** A missing webhook id keeps the stored one. */
    async update(id: string, input: TargetInput): Promise<OpenAlgoTarget | null> {
      await client.execute({
        sql: 'UPDATE openalgo_targets SET config = ?, webhook_id = coalesce(?, webhook_id) WHERE id = ?',
        args: [configOf(input), input.webhookId ?? null, id]
      });
      return this.get(id);
    },
    async remove(id: string): Promise<boolean> {
      await client.execute({ sql: 'DELETE FROM openalgo_target_attempts WHERE target_id = ?', args: [id] });
      return (
        (await client.execute({ sql: 'DELETE FROM openalgo_targets WHERE id = ?', args: [id] })).rowsAffected === 1
      );
    },
    async record(attempt: Omit<TargetAttempt, 'id'>): Promise<void> {
      await client.execute({
        sql: 'INSERT INTO openalgo_target_attempts (target_id, run_key, day, symbols, body, status, http_status, answer, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
        args: [
          attempt.targetId,
          attempt.runKey,
          attempt.day,
          JSON.stringify(attempt.symbols),
          attempt.body,
          attempt.status,
          attempt.httpStatus,
          attempt.answer,
          attempt.at
        ]
      });
    },
    /** Symbols this target already posted (or tried to) for this run. */
    async fired(targetId: string, runKey: string): Promise<Set<string>> {
      const { rows } = await client.execute({
        sql: "SELECT symbols FROM openalgo_target_attempts WHERE target_id = ? AND run_key = ? AND status IN ('sent', 'failed')",
        args: [targetId, runKey]
      });
      return new Set(rows.flatMap((row) => z.array(z.string()).parse(JSON.parse(String(row.symbols)))));
    },
    /** Calls made to OpenAlgo on this IST day. */
    async callsOn(targetId: string, day: string): Promise<number> {
      const { rows } = await client.execute({
        sql: "SELECT count(*) AS n FROM openalgo_target_attempts WHERE target_id = ? AND day = ? AND status IN ('sent', 'failed')",
        args: [targetId, day]
      });
      return Number(rows[0].n);
    },
    async attempts(targetId: string, limit = 100): Promise<TargetAttempt[]> {
      return (
        await client.execute({
          sql: 'SELECT * FROM openalgo_target_attempts WHERE target_id = ? ORDER BY id DESC LIMIT ?',
          args: [targetId, limit]
        })
      ).rows.map(toAttempt);
    }
  };
}
export type TargetStore = Awaited<ReturnType<typeof createTargetStore>>;
