import { browser } from '#imports';

/**
 * Runs the content script in a tab where the manifest does not (a site the reader enabled, or a context-menu click
 * that granted activeTab): `scripting` in Chrome MV3, `tabs.executeScript` in Firefox MV2.
 */
export async function injectContentScript(tabId: number): Promise<void> {
  if (browser.scripting) await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
  else await (browser.tabs as unknown as { executeScript(id: number, d: { file: string }): Promise<unknown> }).executeScript(tabId, { file: '/content-scripts/content.js' });
}
