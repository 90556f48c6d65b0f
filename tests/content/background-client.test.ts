import { afterEach, describe, expect, it, vi } from 'vitest';
import { backgroundMessaging } from '@/messaging/protocol';
import { callBackground } from '@/content/background-client';

afterEach(() => vi.restoreAllMocks());

describe('callBackground', () => {
  it('retries when the worker was stopped mid-request, and returns the answer', async () => {
    vi.useFakeTimers();
    const send = vi
      .spyOn(backgroundMessaging, 'sendMessage')
      .mockRejectedValueOnce(
        new Error('A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received'),
      )
      .mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'))
      .mockResolvedValueOnce('ok' as never);
    const result = callBackground('deleteAnnotation', 'n1');
    await vi.runAllTimersAsync();
    await expect(result).resolves.toBe('ok');
    expect(send).toHaveBeenCalledTimes(3);
    vi.useRealTimers();
  });

  it('does not retry an error the handler reported, and passes its message on', async () => {
    const send = vi.spyOn(backgroundMessaging, 'sendMessage').mockRejectedValue(new Error("Your browser's storage is full"));
    await expect(callBackground('deleteAnnotation', 'n1')).rejects.toThrow("Your browser's storage is full");
    expect(send).toHaveBeenCalledTimes(1);
  });
});
