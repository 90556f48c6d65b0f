/**
 * Reading a V8 CPU profile (CDP `Profiler.stop`): how much main-thread time went to one script,
 * counting its frames inclusively (a sample counts when any frame on its stack is from that script,
 * so DOM calls, layout and regular expressions it started are its time too).
 */

/** The parts of a CDP `Profiler.Profile` used here. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber?: number; columnNumber?: number }; children?: number[] }[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

/** What one script cost in a profile. */
export interface ScriptCost {
  /** Total sampled time with a frame of the script on the stack, ms. */
  totalMs: number;
  /** Longest stretch of consecutive samples in the script (roughly its longest task), ms. */
  longestRunMs: number;
  /** First sample in the script, ms since the profile started (null if it never ran). */
  firstMs: number | null;
  /** The script's outermost functions during that longest stretch, by time ("run 31 ms, extract 20 ms"). */
  longestRunRoots: string;
}

/**
 * The time `matches(url)` frames spent on the stack. A sample lasts until the next one (the last
 * sample until the profile's end), as DevTools counts it.
 */
export function scriptCost(profile: CpuProfile, matches: (url: string) => boolean): ScriptCost {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const inScript = new Map<number, boolean>();
  const isIn = (id: number): boolean => {
    const known = inScript.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const up = parent.get(id);
    const value = !!node && (matches(node.callFrame.url) || (up !== undefined && isIn(up)));
    inScript.set(id, value);
    return value;
  };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const times: number[] = [];
  let t = profile.startTime;
  for (let i = 0; i < samples.length; i++) {
    t += deltas[i] ?? 0;
    times.push(t);
  }
  // The outermost frame of the script on a sample's stack: what that stretch of work was for.
  const outermost = (id: number): string => {
    let name = '';
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const node = byId.get(at);
      if (node && matches(node.callFrame.url)) name = `${node.callFrame.functionName || '(anonymous)'}:${node.callFrame.lineNumber}`;
    }
    return name;
  };
  let total = 0;
  let run = 0;
  let longest = 0;
  let first: number | null = null;
  let roots = new Map<string, number>();
  let longestRoots = new Map<string, number>();
  for (let i = 0; i < samples.length; i++) {
    const duration = ((times[i + 1] ?? profile.endTime) - (times[i] ?? profile.endTime)) / 1000;
    if (isIn(samples[i]!)) {
      total += duration;
      run += duration;
      const root = outermost(samples[i]!);
      roots.set(root, (roots.get(root) ?? 0) + duration);
      if (run > longest) {
        longest = run;
        longestRoots = roots;
      }
      first ??= ((times[i] ?? profile.startTime) - profile.startTime) / 1000;
    } else {
      run = 0;
      roots = new Map();
    }
  }
  const longestRunRoots = [...longestRoots]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([name, ms]) => `${name} ${ms.toFixed(0)} ms`)
    .join(', ');
  return { totalMs: total, longestRunMs: longest, firstMs: first, longestRunRoots };
}

/**
 * Time per function of the script, largest first: each sample goes to the nearest frame of the
 * script on its stack (so a DOM call or a regular expression counts for the function that made it).
 */
export function hotFunctions(profile: CpuProfile, matches: (url: string) => boolean, top = 15): { name: string; ms: number }[] {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const time = new Map<string, number>();
  for (let i = 0; i < samples.length; i++) {
    let id: number | undefined = samples[i]!;
    while (id !== undefined && !matches(byId.get(id)?.callFrame.url ?? '')) id = parent.get(id);
    const frame = id === undefined ? undefined : byId.get(id)?.callFrame;
    if (!frame) continue;
    const key = `${frame.functionName || '(anonymous)'}:${frame.lineNumber ?? ''}:${frame.columnNumber ?? ''}`;
    time.set(key, (time.get(key) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
  }
  return [...time]
    .map(([name, ms]) => ({ name, ms }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, top);
}
