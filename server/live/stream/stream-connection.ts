import { WebSocket } from 'ws';
import {
  controlMessageSchema,
  marketDataSchema,
  toLiveTick,
  type ControlMessage,
  type LiveTick
} from './stream-messages.js';

export interface Instrument {
  symbol: string;
  exchange: string;
}

export type ConnectionState = 'connecting' | 'authenticating' | 'ready' | 'reconnecting' | 'closed';

export interface ConnectionStatus {
  state: ConnectionState;
  symbols: number;
  reconnects: number;
  stalls: number;
  /** Real time (epoch ms) of the last tick, or null. */
  lastTickAt: number | null;
  lastError: string | null;
}

export interface SymbolUpdate {
  status: 'pending' | 'subscribed' | 'error';
  message?: string;
}

export interface StreamConnectionOptions {
  url: string;
  apiKey: string;
  /** Market time, for ticks that carry no time of their own. */
  marketNow: () => number;
  /** Stalls only count while NSE trades. */
  isMarketOpen: () => boolean;
  stallMs: number;
  backoff?: { initialMs: number; maxMs: number };
  onTick(tick: LiveTick): void;
  onSymbol(key: string, update: SymbolUpdate): void;
}

export interface StreamConnection {
  add(instruments: Instrument[]): void;
  remove(instruments: Instrument[]): void;
  size(): number;
  status(): ConnectionStatus;
  close(): void;
}

export const instrumentKey = ({ symbol, exchange }: Instrument) => `${exchange.toUpperCase()}:${symbol.toUpperCase()}`;

/**
 * One authenticated connection to OpenAlgo's market-data WebSocket carrying a set of symbols in
 * Quote mode: reconnects with exponential backoff after a drop or a silent stall, authenticates
 * and subscribes everything again, and reports each symbol's subscription outcome.
 * @example const connection = openStreamConnection({ url, apiKey, … }); connection.add([{ symbol: 'SBIN', exchange: 'NSE' }])
 */
export function openStreamConnection(options: StreamConnectionOptions): StreamConnection {
  const symbols = new Map<string, Instrument>();
  /** Subscribe requests awaiting their ack, oldest first. */
  const pending: Instrument[][] = [];
  const backoff = options.backoff ?? { initialMs: 500, maxMs: 30_000 };
  const status: ConnectionStatus = {
    state: 'connecting',
    symbols: 0,
    reconnects: 0,
    stalls: 0,
    lastTickAt: null,
    lastError: null
  };
  let socket: WebSocket;
  let attempt = 0;
  let retryTimer: NodeJS.Timeout | null = null;

  const send = (message: object) => socket.readyState === WebSocket.OPEN && socket.send(JSON.stringify(message));
  const subscribe = (list: Instrument[]) => {
    if (list.length === 0 || status.state !== 'ready') return;
    pending.push(list);
    send({ action: 'subscribe', symbols: list, mode: 'Quote' });
  };
  const settle = (list: Instrument[], update: SymbolUpdate) =>
    list.forEach((i) => symbols.has(instrumentKey(i)) && options.onSymbol(instrumentKey(i), update));

  function onControl(message: ControlMessage) {
    if ('type' in message && message.type === 'auth') {
      if (message.status !== 'success') return fail(`authentication failed: ${message.message ?? message.status}`);
      status.state = 'ready';
      attempt = 0;
      status.lastTickAt = Date.now();
      return subscribe([...symbols.values()]);
    }
    if ('type' in message && message.type === 'subscribe') {
      const list = pending.shift() ?? [];
      if (!message.subscriptions)
        return settle(
          list,
          message.status === 'error'
            ? { status: 'error', message: message.message ?? 'subscribe failed' }
            : { status: 'subscribed' }
        );
      for (const result of message.subscriptions) {
        const key = instrumentKey(result);
        if (!symbols.has(key)) continue;
        options.onSymbol(
          key,
          result.status === 'success'
            ? { status: 'subscribed' }
            : { status: 'error', message: result.message ?? result.status }
        );
      }
      return;
    }
    if ('code' in message) {
      const reason = `${message.code ?? 'ERROR'}: ${typeof message.message === 'string' ? message.message : JSON.stringify(message.message)}`;
      status.lastError = reason;
      if (message.code === 'AUTHENTICATION_ERROR') return fail(`authentication failed: ${reason}`);
      // An error while a subscribe waits for its ack is that subscribe's answer.
      if (pending.length > 0) settle(pending.shift()!, { status: 'error', message: reason });
    }
  }

  function fail(reason: string) {
    status.lastError = reason;
    socket.terminate();
  }

  function onMessage(text: string) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      status.lastError = 'the stream sent a message that is not JSON';
      return;
    }
    const tick = marketDataSchema.safeParse(json);
    if (tick.success) {
      status.lastTickAt = Date.now();
      return options.onTick(toLiveTick(tick.data, options.marketNow()));
    }
    const control = controlMessageSchema.safeParse(json);
    if (control.success) onControl(control.data);
  }

  function connect() {
    retryTimer = null;
    status.state = 'connecting';
    socket = new WebSocket(options.url);
    socket.on('open', () => {
      status.state = 'authenticating';
      send({ action: 'authenticate', api_key: options.apiKey });
    });
    socket.on('message', (data) => onMessage(data.toString()));
    socket.on('error', (error) => (status.lastError = `connection error: ${error.message}`));
    socket.on('close', (code) => {
      pending.length = 0;
      if (status.state === 'closed') return;
      if (code === 4401) status.lastError = 'the stream closed the connection: not authenticated in time';
      status.state = 'reconnecting';
      symbols.forEach((_, key) => options.onSymbol(key, { status: 'pending' }));
      status.reconnects++;
      retryTimer = setTimeout(connect, Math.min(backoff.maxMs, backoff.initialMs * 2 ** attempt++));
    });
  }

  const stallCheck = setInterval(
    () => {
      if (status.state !== 'ready' || symbols.size === 0 || !options.isMarketOpen()) return;
      if (Date.now() - (status.lastTickAt ?? 0) <= options.stallMs) return;
      status.stalls++;
      fail(`no tick for ${Math.round(options.stallMs / 1000)} s during market hours; reconnecting`);
    },
    Math.max(10, Math.min(1000, options.stallMs / 4))
  );

  connect();
  return {
    add(instruments) {
      const added = instruments.filter((i) => !symbols.has(instrumentKey(i)));
      added.forEach((i) => symbols.set(instrumentKey(i), i));
      subscribe(added);
    },
    remove(instruments) {
      const removed = instruments.filter((i) => symbols.delete(instrumentKey(i)));
      if (removed.length > 0 && status.state === 'ready')
        send({ action: 'unsubscribe', symbols: removed, mode: 'Quote' });
    },
    size: () => symbols.size,
    status: () => ({ ...status, symbols: symbols.size }),
    close() {
      status.state = 'closed';
      clearInterval(stallCheck);
      if (retryTimer) clearTimeout(retryTimer);
      socket.terminate();
    }
  };
}
