/**
 * Default reader settings. Relative imports only: wxt.config.ts imports this file (through
 * `manifestHostPermissions`) before any path alias exists.
 */
import { isSafeColor } from '../highlight/styles';
import { defaultCategories } from '../model/highlight-categories';
import type { Settings } from '../model/records';

/**
 * UK and US local and regional news sites where articles are analysed automatically. Host names
 * cover their subdomains (see `isListedSite`), so `bbc.co.uk` includes `www.bbc.co.uk`.
 */
// prettier-ignore
export const DEFAULT_SITES: readonly string[] = [
  // UK: national broadcaster's local pages and Reach / Newsquest / National World regionals.
  'bbc.co.uk',
  'birminghammail.co.uk',
  'manchestereveningnews.co.uk',
  'liverpoolecho.co.uk',
  'yorkshirepost.co.uk',
  'kentonline.co.uk',
  'oxfordmail.co.uk',
  'bristolpost.co.uk',
  'chroniclelive.co.uk',
  'walesonline.co.uk',
  'nottinghampost.com',
  'leicestermercury.co.uk',
  'expressandstar.com',
  'thenorthernecho.co.uk',
  'eveningnews24.co.uk',
  'edinburghnews.scotsman.com',
  'glasgowtimes.co.uk',
  'belfasttelegraph.co.uk',
  'mylondon.news',
  'cornwalllive.com',
  // UK local-government trade press.
  'lgcplus.com',
  'localgov.co.uk',
  'localgovernmentlawyer.co.uk',
  // US local and regional news.
  'patch.com',
  'seattletimes.com',
  'sfchronicle.com',
  'chicagotribune.com',
  'bostonglobe.com',
  'startribune.com',
  'denverpost.com',
  'dallasnews.com',
  'oregonlive.com',
];

/** Hosts injected by the end-to-end build; empty in the shipped build and in tests. */
export const E2E_SITES: readonly string[] = typeof __E2E_SITES__ !== 'undefined' && __E2E_SITES__ ? __E2E_SITES__ : [];

/** The settings a new install starts with. Treat as read-only; `defaultSettings()` gives a copy. */
export const DEFAULT_SETTINGS: Settings = {
  sites: [...DEFAULT_SITES, ...E2E_SITES],
  autoRemember: true,
  categories: defaultCategories(),
  colors: { official: '#cfe3ff', figure: '#d9f2d0' },
};

/** A fresh, mutable copy of the default settings. */
export function defaultSettings(): Settings {
  return structuredClone(DEFAULT_SETTINGS);
}

/**
 * Completes possibly partial stored settings with the defaults, so a setting added in a later
 * release has a value for readers who saved settings before it existed.
 */
export function mergeSettings(stored: Partial<Settings> | null | undefined): Settings {
  const base = defaultSettings();
  if (!stored) return base;
  return {
    sites: Array.isArray(stored.sites) ? [...stored.sites] : base.sites,
    autoRemember: typeof stored.autoRemember === 'boolean' ? stored.autoRemember : base.autoRemember,
    categories: { ...base.categories, ...stored.categories },
    colors: {
      official: isSafeColor(stored.colors?.official) ? stored.colors.official : base.colors.official,
      figure: isSafeColor(stored.colors?.figure) ? stored.colors.figure : base.colors.figure,
    },
  };
}
