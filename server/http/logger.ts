import type { MiddlewareHandler } from 'hono';

export type LogLevel = 'error' | 'warn' | 'info' | 'debug';
const RANK: Record<LogLevel, number> = { error: 0, warn: 1, info: 2, debug: 3 };

/** Plain values only: callers pass what they mean to log, never a whole request or header set. */
export type LogFields = Record<string, string | number | boolean | null>;

export interface Logger {
  error(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  debug(msg: string, fields?: LogFields): void;
}

/**
 * One JSON object per line, `{ time, level, msg, …fields }`, for levels at or above `level`.
 * @example createLogger({ level: 'info' }).info('store opened', { path })
 */
export function createLogger({
  level,
  write = (line) => process.stdout.write(`${line}\n`)
}: {
  level: LogLevel;
  write?: (line: string) => void;
}): Logger {
  const log =
    (at: LogLevel) =>
    (msg: string, fields: LogFields = {}) => {
      if (RANK[at] <= RANK[level]) write(JSON.stringify({ time: new Date().toISOString(), level: at, msg, ...fields }));
    };
  return { error: log('error'), warn: log('warn'), info: log('info'), debug: log('debug') };
}

/**
 * Logs each request once it is answered: method, path (without the query string,
 * which may carry tokens), status and milliseconds. No header, cookie or body is ever read.
 * 5xx answers log as errors, the rest at info.
 */
export function requestLogger(logger: Logger): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const status = c.res.status;
    const fields = {
      method: c.req.method,
      path: c.req.path,
      status,
      ms: Math.round((performance.now() - started) * 10) / 10
    };
    if (status >= 500) logger.error('request', fields);
    else logger.info('request', fields);
  };
}
