import type { WebSocket } from 'ws';
import type { SymbolMaster, SymbolRecord } from '../symbol-master.js';
import { clientMessageSchema, streamError, type ClientMessage } from './stream-protocol.js';

export interface StreamFaults {
  /** Ticks stop while the sockets stay open: the silent stall some feeds suffer. */
  stalled: boolean;
  /** Symbols the broker refuses to subscribe (a per-symbol error in the ack). */
  failingSymbols: string[];
}

export interface Subscription {
  record: SymbolRecord;
  mode: 'LTP' | 'Quote' | 'Depth';
}

/** One client connection's state on the simulated OpenAlgo stream. */
export interface StreamSession {
  socket: WebSocket;
  authenticated: boolean;
  subscriptions: Map<string, Subscription>;
  /** The last tick slot (epoch ms) this client has been sent. */
  cursorMs: number;
}

export interface SessionContext {
  apiKey: string;
  master: SymbolMaster;
  faults: StreamFaults;
  broker: string;
}

const send = (session: StreamSession, message: object) => session.socket.send(JSON.stringify(message));
const keyOf = (symbol: string, exchange: string) => `${exchange}:${symbol.toUpperCase()}`;

function parse(text: string): { message: ClientMessage } | { error: object } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { error: streamError('INVALID_JSON', 'Message is not valid JSON') };
  }
  const parsed = clientMessageSchema.safeParse(json);
  if (parsed.success) return { message: parsed.data };
  const action = (json as { action?: unknown } | null)?.action;
  if (!['authenticate', 'subscribe', 'unsubscribe', 'unsubscribe_all'].includes(action as string)) {
    return { error: streamError('INVALID_ACTION', `Unknown action: ${String(action)}`) };
  }
  const detail = parsed.error.issues
    .map((issue) => `${issue.path.join('.') || 'message'}: ${issue.message}`)
    .join('; ');
  return { error: streamError('INVALID_PARAMETERS', detail) };
}

function subscribe(
  context: SessionContext,
  session: StreamSession,
  message: Extract<ClientMessage, { action: 'subscribe' }>
) {
  const mode = message.mode;
  if (mode === null) return send(session, streamError('INVALID_MODE', 'Mode must be 1, 2, 3 or LTP, Quote, Depth'));
  const subscriptions = message.symbols.map(({ symbol, exchange }) => {
    const record = context.master.find(symbol, exchange);
    if (!record) return { symbol, exchange, status: 'error', message: `Symbol not found: ${exchange}:${symbol}` };
    if (context.faults.failingSymbols.includes(record.symbol)) {
      return { symbol, exchange, status: 'error', message: `Broker refused the subscription for ${record.symbol}` };
    }
    session.subscriptions.set(keyOf(record.symbol, record.exchange), { record, mode });
    return { symbol: record.symbol, exchange: record.exchange, status: 'success', mode, broker: context.broker };
  });
  const succeeded = subscriptions.filter((s) => s.status === 'success').length;
  const status = succeeded === subscriptions.length ? 'success' : succeeded > 0 ? 'partial' : 'error';
  send(session, {
    type: 'subscribe',
    status,
    subscriptions,
    message: `Subscribed to ${succeeded} of ${subscriptions.length} symbols`
  });
}

/**
 * Answers one message of a client the way OpenAlgo 2.0's WebSocket proxy does: authenticate
 * first, then subscribe / unsubscribe / unsubscribe_all with a `symbols` list; errors come back
 * as `{status: "error", code, message}` and leave the connection open.
 * @example handleClientMessage(context, session, '{"action":"authenticate","api_key":"k"}')
 */
export function handleClientMessage(context: SessionContext, session: StreamSession, text: string): void {
  const parsed = parse(text);
  if ('error' in parsed) return send(session, parsed.error);
  const message = parsed.message;
  if (message.action === 'authenticate') {
    if ((message.api_key ?? message.apikey) !== context.apiKey)
      return send(session, streamError('AUTHENTICATION_ERROR', 'Invalid API key'));
    session.authenticated = true;
    return send(session, {
      type: 'auth',
      status: 'success',
      message: 'Authentication successful',
      broker: context.broker,
      user_id: 'simulator',
      supported_features: { ltp: true, quote: true, depth: false }
    });
  }
  if (!session.authenticated) return send(session, streamError('NOT_AUTHENTICATED', 'Authenticate first'));
  if (message.action === 'subscribe') return subscribe(context, session, message);
  if (message.action === 'unsubscribe_all') {
    session.subscriptions.clear();
    return send(session, { type: 'unsubscribe', status: 'success', message: 'Unsubscribed from all symbols' });
  }
  const subscriptions = message.symbols.map(({ symbol, exchange }) => {
    const removed = session.subscriptions.delete(keyOf(symbol, exchange));
    return {
      symbol,
      exchange,
      status: removed ? 'success' : 'error',
      ...(removed ? {} : { message: 'Not subscribed' })
    };
  });
  send(session, {
    type: 'unsubscribe',
    status: subscriptions.every((s) => s.status === 'success') ? 'success' : 'partial',
    subscriptions
  });
}
