// News outlets about Kazakhstan and Central Asia where Tanys runs by default (host permissions in the manifest).
// Every other site is an optional permission the reader grants per site from the popup.
export const DEFAULT_SITES: readonly string[] = [
  'inform.kz',
  'qazinform.com',
  'astanatimes.com',
  'tengrinews.kz',
  'kursiv.media',
  'timesca.com',
  'akorda.kz',
  'gov.kz',
  'primeminister.kz',
  'el.kz',
  'kazpravda.kz',
  'zakon.kz',
  'vlast.kz',
  'orda.kz',
  'kt.kz',
  'sputnik.kz',
  'eurasianet.org',
  'rferl.org',
  'azattyq.org',
  'baq.kz',
  'kapital.kz',
  'forbes.kz',
  'informburo.kz',
  'nur.kz',
  'parlam.kz',
  'egemen.kz',
  'khabar.kz',
  'caravan.kz',
  'lsm.kz',
  'dknews.kz',
];

/** The registrable host a page belongs to, lower-cased, without a leading "www.". */
export function siteOf(hostname: string): string {
  return hostname.toLowerCase().replace(/^www\./, '').replace(/\.$/, '');
}

/** True when `hostname` is one of the default sites or a subdomain of one. */
export function isDefaultSite(hostname: string): boolean {
  const h = siteOf(hostname);
  return DEFAULT_SITES.some((s) => h === s || h.endsWith('.' + s));
}
