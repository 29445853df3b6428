import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { DEFAULT_SITES } from './lib/sites';

// Entrypoints only wire; see ../DESIGN.md. Explicit imports everywhere (`#imports`).
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    // the compiled gazetteer is imported as JSON; JSON.parse of one string is faster than an object literal
    json: { stringify: true },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'contextMenus', 'activeTab'],
    host_permissions: DEFAULT_SITES.map((s) => `*://*.${s}/*`).concat(DEFAULT_SITES.map((s) => `*://${s}/*`)),
    optional_host_permissions: ['*://*/*'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'tanys@tanys.kz',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
    commands: {
      'next-mention': { suggested_key: { default: 'Alt+Shift+N' }, description: '__MSG_cmdNext__' },
      'previous-mention': { suggested_key: { default: 'Alt+Shift+P' }, description: '__MSG_cmdPrevious__' },
    },
  }),
});
