/**
 * With KLOK_BENCH_PROFILE=DIR the bench records a CPU profile of one sample of a part (the first, or KLOK_BENCH_PROFILE_RUN)
 * (Chromium's V8 profiler over CDP), writes it to DIR/<part>.cpuprofile (open it in Chromium's
 * DevTools) and prints the functions with the most self time: where a slow figure comes from.
 */
import type { Page } from '@playwright/test';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  readonly children?: readonly number[];
}
interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly startTime: number;
  readonly endTime: number;
  readonly samples?: readonly number[];
  readonly timeDeltas?: readonly number[];
}

const dir = process.env['KLOK_BENCH_PROFILE'];
/** Which sample of a part is profiled: the first (0, a cold start) unless KLOK_BENCH_PROFILE_RUN says another. */
const profiledRun = Number(process.env['KLOK_BENCH_PROFILE_RUN'] ?? 0);

/** Runs `fn` under the profiler when KLOK_BENCH_PROFILE is set and this is the profiled sample `run`, else just runs it. */
export async function profiled<T>(page: Page, part: string, run: number, fn: () => Promise<T>): Promise<T> {
  if (!dir || run !== profiledRun) return fn();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  try {
    return await fn();
  } finally {
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    await mkdir(dir, { recursive: true });
    const file = join(dir, `${part}.cpuprofile`);
    await writeFile(file, JSON.stringify(profile));
    console.log(`  profile: ${file}`);
    for (const line of topSelfTime(profile, 20)) console.log(`    ${line}`);
    await cdp.detach();
  }
}

/** The functions with the most self time, as "ms  name  file:line". */
export function topSelfTime(profile: CpuProfile, count: number): string[] {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const node = byNode.get(samples[i] as number);
    if (!node) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const key = `${functionName || '(anonymous)'}  ${url.split('/').pop() ?? ''}:${lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (deltas[i] ?? 0) / 1000);
  }
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, ms]) => `${ms.toFixed(1).padStart(8)} ms  ${key}`);
}
