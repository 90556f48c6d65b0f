/**
 * Host permissions for the manifest, generated from the default site list so the two never drift.
 * Called by wxt.config.ts (Node), hence relative imports and no `__E2E_SITES__` here: the config
 * passes its end-to-end hosts explicitly.
 */
import { DEFAULT_SITES } from './defaults';
import { matchPatterns } from './site-match';

/**
 * `host_permissions` for the manifest: match patterns of the default sites plus `extraSites`
 * (the end-to-end build passes `['127.0.0.1', 'localhost']`).
 */
export function manifestHostPermissions(extraSites: readonly string[] = []): string[] {
  return matchPatterns([...DEFAULT_SITES, ...extraSites]);
}

/**
 * `optional_host_permissions` (MV3) / `optional_permissions` (Firefox MV2): any http(s) site, so
 * the options page can ask for a reader-added site with `permissions.request` at the moment it is
 * added.
 */
export function manifestOptionalHostPermissions(): string[] {
  return ['*://*/*'];
}
