/**
 * Reading a tracking number out of a labelled text such as "Tracking ID: TBA123456789012",
 * "Trackingnummer JJD000390007777777" or "Shipped with UPS Tracking ID 1Z999AA10123456784".
 * Only a token that follows a tracking label (or sits in the tracker's tracking-ID element) counts. The format
 * check and carrier naming of `lib/tracking` run outside the content script (see enrichShipments).
 */

// Upper-case letters and digits only: the next word ("Delivered") must not be glued on. Japanese carriers' numbers
// are also written in hyphenated groups ("4567-8901-2345", Yamato / Japan Post on amazon.co.jp): read without them.
const TOKEN = /(?<![A-Za-z0-9])([A-Z0-9]{8,40}|\d{3,4}(?:-\d{3,4}){2,3})(?![A-Za-z0-9])/;

/** The tracking-number-shaped token in `text` (already stripped of its label), or null. */
export function trackingNumberCandidate(text: string): string | null {
  const m = TOKEN.exec(text.trim());
  if (!m || m[1] === undefined) return null;
  // Real numbers mix in digits; words like "UNAVAILABLE" are not numbers.
  const token = m[1].replace(/-/g, '');
  if (!/\d{4}/.test(token)) return null;
  return token;
}
