/**
 * NSE capital-market trading holidays that fall on weekdays, as NSE published them
 * (holidays on a Saturday or Sunday are left out: the weekend already closes the market).
 * 2020–2025 are checked against the recorded daily series in server/data/nifty50-daily.
 * Years missing here have no published list yet: treat their weekdays as trading days
 * until one is added (see `isHolidayListPublished`).
 */
export const NSE_TRADING_HOLIDAYS: Readonly<
  Record<number, ReadonlyArray<readonly [date: string, description: string]>>
> = {
  2020: [
    ['2020-02-21', 'Mahashivratri'],
    ['2020-03-10', 'Holi'],
    ['2020-04-02', 'Ram Navami'],
    ['2020-04-06', 'Mahavir Jayanti'],
    ['2020-04-10', 'Good Friday'],
    ['2020-04-14', 'Dr. Baba Saheb Ambedkar Jayanti'],
    ['2020-05-01', 'Maharashtra Day'],
    ['2020-05-25', 'Id-ul-Fitr (Ramzan Id)'],
    ['2020-10-02', 'Mahatma Gandhi Jayanti'],
    ['2020-11-16', 'Diwali-Balipratipada'],
    ['2020-11-30', 'Gurunanak Jayanti'],
    ['2020-12-25', 'Christmas']
  ],
  2021: [
    ['2021-01-26', 'Republic Day'],
    ['2021-03-11', 'Mahashivratri'],
    ['2021-03-29', 'Holi'],
    ['2021-04-02', 'Good Friday'],
    ['2021-04-14', 'Dr. Baba Saheb Ambedkar Jayanti'],
    ['2021-04-21', 'Ram Navami'],
    ['2021-05-13', 'Id-ul-Fitr (Ramzan Id)'],
    ['2021-07-21', 'Bakri Id'],
    ['2021-08-19', 'Muharram'],
    ['2021-09-10', 'Ganesh Chaturthi'],
    ['2021-10-15', 'Dussehra'],
    ['2021-11-05', 'Diwali-Balipratipada'],
    ['2021-11-19', 'Gurunanak Jayanti']
  ],
  2022: [
    ['2022-01-26', 'Republic Day'],
    ['2022-03-01', 'Mahashivratri'],
    ['2022-03-18', 'Holi'],
    ['2022-04-14', 'Dr. Baba Saheb Ambedkar Jayanti / Mahavir Jayanti'],
    ['2022-04-15', 'Good Friday'],
    ['2022-05-03', 'Id-ul-Fitr (Ramzan Id)'],
    ['2022-08-09', 'Muharram'],
    ['2022-08-15', 'Independence Day'],
    ['2022-08-31', 'Ganesh Chaturthi'],
    ['2022-10-05', 'Dussehra'],
    ['2022-10-26', 'Diwali-Balipratipada'],
    ['2022-11-08', 'Gurunanak Jayanti']
  ],
  2023: [
    ['2023-01-26', 'Republic Day'],
    ['2023-03-07', 'Holi'],
    ['2023-03-30', 'Ram Navami'],
    ['2023-04-04', 'Mahavir Jayanti'],
    ['2023-04-07', 'Good Friday'],
    ['2023-04-14', 'Dr. Baba Saheb Ambedkar Jayanti'],
    ['2023-05-01', 'Maharashtra Day'],
    ['2023-06-29', 'Bakri Id'],
    ['2023-08-15', 'Independence Day'],
    ['2023-09-19', 'Ganesh Chaturthi'],
    ['2023-10-02', 'Mahatma Gandhi Jayanti'],
    ['2023-10-24', 'Dussehra'],
    ['2023-11-14', 'Diwali-Balipratipada'],
    ['2023-11-27', 'Gurunanak Jayanti'],
    ['2023-12-25', 'Christmas']
  ],
  2024: [
    ['2024-01-22', 'Special Holiday (Shri Ram Lalla Pran Pratishtha)'],
    ['2024-01-26', 'Republic Day'],
    ['2024-03-08', 'Mahashivratri'],
    ['2024-03-25', 'Holi'],
    ['2024-03-29', 'Good Friday'],
    ['2024-04-11', 'Id-ul-Fitr (Ramadan Eid)'],
    ['2024-04-17', 'Shri Ram Navami'],
    ['2024-05-01', 'Maharashtra Day'],
    ['2024-05-20', 'General Parliamentary Elections in Mumbai'],
    ['2024-06-17', 'Bakri Id'],
    ['2024-07-17', 'Moharram'],
    ['2024-08-15', 'Independence Day'],
    ['2024-10-02', 'Mahatma Gandhi Jayanti'],
    ['2024-11-15', 'Gurunanak Jayanti'],
    ['2024-11-20', 'Maharashtra Legislative Assembly Elections'],
    ['2024-12-25', 'Christmas']
  ],
  2025: [
    ['2025-02-26', 'Mahashivratri'],
    ['2025-03-14', 'Holi'],
    ['2025-03-31', 'Id-ul-Fitr (Ramadan Eid)'],
    ['2025-04-10', 'Shri Mahavir Jayanti'],
    ['2025-04-14', 'Dr. Baba Saheb Ambedkar Jayanti'],
    ['2025-04-18', 'Good Friday'],
    ['2025-05-01', 'Maharashtra Day'],
    ['2025-08-15', 'Independence Day'],
    ['2025-08-27', 'Ganesh Chaturthi'],
    ['2025-10-02', 'Mahatma Gandhi Jayanti / Dussehra'],
    ['2025-10-22', 'Diwali-Balipratipada'],
    ['2025-11-05', 'Prakash Gurpurb Sri Guru Nanak Dev'],
    ['2025-12-25', 'Christmas']
  ],
  2026: [
    ['2026-01-15', 'Municipal Corporation Election in Maharashtra'],
    ['2026-01-26', 'Republic Day'],
    ['2026-03-03', 'Holi'],
    ['2026-03-26', 'Shri Ram Navami'],
    ['2026-03-31', 'Shri Mahavir Jayanti'],
    ['2026-04-03', 'Good Friday'],
    ['2026-04-14', 'Dr. Baba Saheb Ambedkar Jayanti'],
    ['2026-05-01', 'Maharashtra Day'],
    ['2026-05-28', 'Bakri Id'],
    ['2026-06-26', 'Muharram'],
    ['2026-09-14', 'Ganesh Chaturthi'],
    ['2026-10-02', 'Mahatma Gandhi Jayanti'],
    ['2026-10-20', 'Dussehra'],
    ['2026-11-10', 'Diwali-Balipratipada'],
    ['2026-11-24', 'Prakash Gurpurb Sri Guru Nanak Dev'],
    ['2026-12-25', 'Christmas']
  ]
};

/**
 * Sessions on days that are otherwise closed: Muhurat trading on Diwali, Budget-day and
 * make-up sessions on weekends, and the 2024 disaster-recovery drills (two short segments).
 * Times are IST. These days carry a daily bar at brokers, so they count as trading days.
 */
export const NSE_SPECIAL_SESSIONS: ReadonlyArray<{
  date: string;
  description: string;
  segments: ReadonlyArray<readonly [start: string, end: string]>;
}> = [
  { date: '2020-02-01', description: 'Union Budget (Saturday session)', segments: [['09:15', '15:30']] },
  { date: '2020-11-14', description: 'Diwali Laxmi Pujan (Muhurat Trading)', segments: [['18:15', '19:15']] },
  { date: '2021-11-04', description: 'Diwali Laxmi Pujan (Muhurat Trading)', segments: [['18:15', '19:15']] },
  { date: '2022-10-24', description: 'Diwali Laxmi Pujan (Muhurat Trading)', segments: [['18:15', '19:15']] },
  { date: '2023-11-12', description: 'Diwali Laxmi Pujan (Muhurat Trading)', segments: [['18:15', '19:15']] },
  { date: '2024-01-20', description: 'Special trading session (Saturday)', segments: [['09:15', '15:30']] },
  {
    date: '2024-03-02',
    description: 'Special live session from the disaster-recovery site',
    segments: [
      ['09:15', '10:00'],
      ['11:30', '12:30']
    ]
  },
  {
    date: '2024-05-18',
    description: 'Special live session from the disaster-recovery site',
    segments: [
      ['09:15', '10:00'],
      ['11:30', '12:30']
    ]
  },
  { date: '2024-11-01', description: 'Diwali Laxmi Pujan (Muhurat Trading)', segments: [['18:00', '19:00']] },
  { date: '2025-02-01', description: 'Union Budget (Saturday session)', segments: [['09:15', '15:30']] },
  { date: '2025-10-21', description: 'Diwali Laxmi Pujan (Muhurat Trading)', segments: [['13:45', '14:45']] },
  { date: '2026-02-01', description: 'Union Budget (Sunday session)', segments: [['09:15', '15:30']] }
];
