import { istEpochMs, type IstDate } from './ist-time.js';
import { NSE_SPECIAL_SESSIONS, NSE_TRADING_HOLIDAYS } from './nse-holidays.js';
import { NSE_CALENDAR_EXCHANGES, type ExchangeTiming } from './sessions.js';

export interface MarketHoliday {
  date: IstDate;
  description: string;
  holiday_type: 'TRADING_HOLIDAY' | 'SPECIAL_SESSION';
  closed_exchanges: string[];
  open_exchanges: ExchangeTiming[];
}

export interface MarketHolidays {
  year: number;
  timezone: 'Asia/Kolkata';
  data: MarketHoliday[];
}

/**
 * A year's NSE holidays and special sessions in the shape of OpenAlgo's market/holidays
 * (without `status`). Years with no published list return no entries.
 * @example holidays(2026).data[1] // { date: '2026-01-26', description: 'Republic Day', holiday_type: 'TRADING_HOLIDAY', … }
 */
export function holidays(year: number): MarketHolidays {
  const closed: MarketHoliday[] = (NSE_TRADING_HOLIDAYS[year] ?? []).map(([date, description]) => ({
    date: date as IstDate,
    description,
    holiday_type: 'TRADING_HOLIDAY',
    closed_exchanges: [...NSE_CALENDAR_EXCHANGES],
    open_exchanges: []
  }));
  const special: MarketHoliday[] = NSE_SPECIAL_SESSIONS.filter((session) => session.date.startsWith(`${year}-`)).map(
    (session) => ({
      date: session.date as IstDate,
      description: session.description,
      holiday_type: 'SPECIAL_SESSION',
      closed_exchanges: [],
      open_exchanges: NSE_CALENDAR_EXCHANGES.flatMap((exchange) =>
        session.segments.map(([start, end]) => ({
          exchange,
          start_time: istEpochMs(session.date as IstDate, start),
          end_time: istEpochMs(session.date as IstDate, end)
        }))
      )
    })
  );
  return {
    year,
    timezone: 'Asia/Kolkata',
    data: [...closed, ...special].sort((a, b) => a.date.localeCompare(b.date))
  };
}
