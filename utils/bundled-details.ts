import { browser } from '#imports';
import type { PublicPath } from 'wxt/browser';
import type { Details } from '../lib/index/types';
import { loadPackaged } from '../lib/dom/load-data';
import { loadDetails } from '../lib/index/wire';

/** The gazetteer's details as packaged in the extension (public/data/details.json and the parts it names). */
export function loadBundledDetails(): Promise<Details> {
  // the part names are known only at build time, so they are not among WXT's typed public paths
  return loadDetails((name) => loadPackaged(browser.runtime.getURL(`/data/${name}` as PublicPath)));
}
