/**
 * A signal as the app names it. A Filter scanner that sets no signal_type is reported by the engine
 * as `EXPLORE` (AmiBroker's word for an exploration row); to a trader it is simply a match.
 * @example signalLabel('EXPLORE') // 'Match'
 * @example signalLabel('BUY') // 'BUY'
 */
export const signalLabel = (signal: string) => (signal === 'EXPLORE' ? 'Match' : signal);
