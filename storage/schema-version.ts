/**
 * The database's name and schema version, in a file of their own without Dexie, so that code
 * which opens the database before Dexie has loaded (early-connection.ts) asks for the same
 * version as `openDb`.
 */

/** The extension's database. */
export const DB_NAME = 'council-lens';

/** The schema version `openDb` opens (see the history in db.ts). */
export const SCHEMA_VERSION = 3;

/** The version IndexedDB itself sees: Dexie opens version n as n × 10. */
export const NATIVE_SCHEMA_VERSION = SCHEMA_VERSION * 10;
