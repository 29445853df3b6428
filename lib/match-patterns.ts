import { DEFAULT_SITES } from './sites';

/** Match patterns for the default sites and their subdomains (manifest host permissions and content script). */
export const DEFAULT_MATCHES: string[] = DEFAULT_SITES.flatMap((s) => [`*://${s}/*`, `*://*.${s}/*`]);

/** Match patterns for one site the reader enables. */
export function originsFor(host: string): string[] {
  const h = host.replace(/^www\./, '');
  return [`*://${h}/*`, `*://*.${h}/*`];
}
