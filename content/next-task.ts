/**
 * Gives the page its main thread back between steps of the analysis, so no step becomes one long
 * task: `scheduler.yield()` where the browser has it (the continuation keeps its priority), else a
 * message to ourselves (a new task without setTimeout's 4 ms clamp).
 */
export function nextTask(win: Window): Promise<void> {
  const scheduler = (win as unknown as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new (win as unknown as typeof globalThis).MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** How long one step of page work may run before it yields, in ms (a long task is 50 ms). */
export const STEP_MS = 10;
