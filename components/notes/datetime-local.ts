import { localeTag, type UiLocale } from '@/lib/i18n/locale';

/** `<input type="datetime-local">` speaks local wall-clock time as `YYYY-MM-DDTHH:mm`; the notes store epoch ms. */
export function toDateTimeLocal(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  // Four digits at least, as the field wants them: a year 24 an older build stored shows as "0024", not as nothing.
  const year = d.getFullYear();
  return `${year >= 0 ? pad(year, 4) : year}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Epoch ms of a `datetime-local` value (local time), or null when it is empty, not a real date or before 1970. */
export function fromDateTimeLocal(value: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m.map(Number) as [number, number, number, number, number, number, number];
  // The day set on its own (the constructor reads years 0–99 as 1900–1999: "0024" would be 1924), then the time on
  // that day: a time set on another day first kept that day's DST gap (02:30 on 26 March 2000 in Berlin, skipped
  // then, made 02:30 on 26 March of every year 03:30).
  const date = new Date(0);
  date.setFullYear(y, mo - 1, d);
  date.setHours(h, mi, Number.isFinite(s) ? s : 0, 0);
  // Reject rollovers such as 2024-02-31 that the Date constructor would silently move into March, and years before
  // 1970, which the notes cannot store (a typing slip such as "0024" for 2024).
  if (date.getMonth() !== mo - 1 || date.getDate() !== d || date.getFullYear() !== y || y < 1970) return null;
  return date.getTime();
}

/**
 * A short, locale-aware date and time for the timeline and lists. English follows the browser's English (`en-US`:
 * "Nov 30, 2026, 09:25 PM"; `en-GB`, `en-IN`) and is day first otherwise, as the panel writes dates everywhere else
 * ("30 Nov 2026"): a German or Japanese browser showing the English UI got the US order and a 12-hour clock.
 */
export function formatWhen(ms: number, locale: UiLocale, browserLocale = globalThis.navigator?.language ?? ''): string {
  const english = /^en(-|$)/i.test(browserLocale) ? browserLocale : 'en-GB';
  return new Intl.DateTimeFormat(locale === 'en' ? english : localeTag(locale), {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(ms));
}
