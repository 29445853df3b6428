import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { DEFAULT_MATCHES } from './lib/match-patterns';

// Entrypoints only wire; see ../DESIGN.md. Explicit imports everywhere (`#imports`).
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    // the compiled gazetteer is imported as JSON; JSON.parse of one string is faster than an object literal
    json: { stringify: true },
    // TANYS_NO_MINIFY=1 keeps names readable for profiling (bench/profile-page.ts)
    build: process.env.TANYS_NO_MINIFY ? { minify: false } : {},
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'contextMenus', 'activeTab', ...(browser === 'firefox' ? [] : ['scripting'])],
    host_permissions: DEFAULT_MATCHES,
    // every other site: granted per site from the popup (Firefox MV2 names these optional_permissions)
    ...(browser === 'firefox' ? { optional_permissions: ['*://*/*'] } : { optional_host_permissions: ['*://*/*'] }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'tanys@tanys.kz',
              // data_collection_permissions needs Firefox 142 (desktop and Android)
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
    // the match index, read by the content script straight from the package (a message from the background costs
    // ~50 ms for a megabyte); Chrome serves it only under a per-session URL, Firefox under the per-install UUID, so
    // pages cannot probe for it
    web_accessible_resources:
      browser === 'firefox' ? ['data/index.bin'] : [{ resources: ['data/index.bin'], matches: ['<all_urls>'], use_dynamic_url: true }],
    commands: {
      'next-mention': { suggested_key: { default: 'Alt+Shift+N' }, description: '__MSG_cmdNext__' },
      'previous-mention': { suggested_key: { default: 'Alt+Shift+P' }, description: '__MSG_cmdPrevious__' },
    },
  }),
});
