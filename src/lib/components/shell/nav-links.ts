/** The app's sections, in navigation order. */
export const NAV_LINKS = [
  { href: '/', label: 'Dashboard' },
  { href: '/scan', label: 'Scan' },
  { href: '/live', label: 'Live' },
  { href: '/scanners', label: 'Scanners' },
  { href: '/watchlists', label: 'Watchlists' },
  { href: '/runs', label: 'Runs' },
  { href: '/schedules', label: 'Schedules' },
  { href: '/settings', label: 'Settings' }
] as const;

/**
 * Whether `href` is the section `pathname` is in: `/scanners/42` is under Scanners; `/` only matches itself.
 * @example isCurrentSection('/scanners', '/scanners/new') // true
 */
export function isCurrentSection(href: string, pathname: string): boolean {
  return href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
}
