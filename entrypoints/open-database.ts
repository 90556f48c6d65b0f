/**
 * The first script of the popup, the side panel and the dashboard (`/open-database.js`, listed
 * before their main script): starts opening the database while the main script is still being
 * fetched and compiled (see storage/early-connection.ts). A bundle of its own, a few hundred
 * bytes, so that it runs the moment it arrives.
 */
import { startEarlyOpen } from '@/storage/early-connection';

export default defineUnlistedScript(() => startEarlyOpen());
