/** The server's command-line flags: defaults, values and clear refusals. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, parseServerArgs } from '../src/options';

describe('parseServerArgs', () => {
  it('fills defaults and resolves the data folder against the working directory', () => {
    const options = parseServerArgs([], '/srv/lens');
    expect(options).toEqual({ ...DEFAULT_OPTIONS, dataDir: '/srv/lens/sync-data' });
  });

  it('reads Redis and its resync period', () => {
    const options = parseServerArgs(['--redis', 'redis://10.0.0.5:6380', '--redis-resync-seconds', '2'], '/srv');
    expect(options.redisUrl).toBe('redis://10.0.0.5:6380');
    expect(options.redisResyncSeconds).toBe(2);
  });

  it('refuses a resync period below a second and a Redis address without its scheme', () => {
    expect(() => parseServerArgs(['--redis-resync-seconds', '0'])).toThrow('--redis-resync-seconds must be a whole number >= 1, got 0');
    expect(() => parseServerArgs(['--redis', '10.0.0.5:6380'])).toThrow('--redis must look like redis://HOST:PORT');
  });

  it('refuses an unknown flag', () => {
    expect(() => parseServerArgs(['--redis-resync', '2'])).toThrow();
  });
});
