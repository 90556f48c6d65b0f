import { statSync, utimesSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLI_BUNDLE, ensureCli, isStale } from '@/scripts/cli/build-cli.mjs';

describe('the analyze command build', { timeout: 60_000 }, () => {
  it('is built when missing or older than a source it was built from, and left alone otherwise', async () => {
    await ensureCli();
    expect(isStale()).toBe(false);
    // As if core/ had been edited after the last build.
    utimesSync(CLI_BUNDLE, new Date(2000, 0, 1), new Date(2000, 0, 1));
    expect(isStale()).toBe(true);
    await ensureCli();
    expect(isStale()).toBe(false);
    expect(statSync(CLI_BUNDLE).mtimeMs).toBeGreaterThan(new Date(2001, 0, 1).getTime());
  });
});
