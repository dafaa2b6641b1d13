import { readFileSync } from 'node:fs';

/** Resident memory of a process in MB, from /proc/<pid>/status (Linux); null once it is gone. */
export function rssMB(pid: number, field: 'VmRSS' | 'VmHWM' = 'VmRSS'): number | null {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'));
    return line ? Math.round(Number(line[1]) / 1024) : null;
  } catch {
    return null;
  }
}

/** Samples the processes' RSS every `everyMs` until stopped; `peaks()` gives the highest seen per pid. */
export function sampleRss(pids: number[], everyMs = 200) {
  const peaks = new Map<number, number>(pids.map((pid) => [pid, 0]));
  const sample = () => {
    for (const pid of pids) peaks.set(pid, Math.max(peaks.get(pid)!, rssMB(pid) ?? 0));
  };
  sample();
  const timer = setInterval(sample, everyMs);
  timer.unref();
  return {
    peaks: () => (sample(), pids.map((pid) => peaks.get(pid)!)),
    stop: () => clearInterval(timer),
  };
}
