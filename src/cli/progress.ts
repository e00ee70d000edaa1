import type { BatchEvent } from '../batch/run.js';

export interface ProgressOptions {
  stream: NodeJS.WriteStream | { write(text: string): boolean; isTTY?: boolean; columns?: number };
  quiet?: boolean;
  verbose?: boolean;
  /** Seconds between plain progress lines when not on a terminal. */
  plainEvery?: number;
  now?: () => number;
}

function clock(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '--:--';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}

/**
 * Turns batch events into what a person sees: a redrawn bar on a terminal, a plain line every few
 * seconds in a log, nothing with --quiet; --verbose adds a line per file.
 */
export function progressReporter(options: ProgressOptions): (event: BatchEvent) => void {
  const { stream } = options;
  const tty = Boolean(stream.isTTY);
  const now = options.now ?? (() => Date.now());
  let started = now();
  let lastPlain = 0;
  let toProcess = 0;
  let unchanged = 0;
  let drawn = false;
  return (event) => {
    if (options.quiet) return;
    if (event.type === 'start') {
      started = now();
      toProcess = event.toProcess;
      unchanged = event.unchanged;
      stream.write(`${event.files} file(s): ${event.toProcess} to extract, ${event.unchanged} unchanged since the last run\n`);
      if (event.skipped) {
        const list = Object.entries(event.skipped).map(([ending, n]) => `${n} ${ending}`).join(', ');
        stream.write(`skipped files that are not .txt, .md or .html (${list}): convert them to text to read them\n`);
      }
      return;
    }
    if (event.type === 'file') {
      const e = event.entry;
      if (options.verbose || e.status === 'failed') {
        if (drawn) stream.write('\r\x1b[K');
        const what = e.status === 'failed' ? `FAILED ${e.error ?? ''}` : `${e.status} ${e.records} record(s)${e.rejects ? `, ${e.rejects} reject(s)` : ''}`;
        stream.write(`${e.doc}: ${what}${e.warnings?.length ? ` (${e.warnings.join('; ')})` : ''}\n`);
        if (options.verbose) for (const d of e.dropped ?? []) stream.write(`  dropped ${JSON.stringify(d.quote)} at ${d.start} by ${d.reason}\n`);
        drawn = false;
      }
      if (e.status === 'unchanged' && !tty) return;
      const processed = Math.max(0, event.done - unchanged);
      const elapsed = (now() - started) / 1000;
      const rate = elapsed > 0 ? processed / elapsed : 0;
      const eta = rate > 0 ? (toProcess - processed) / rate : Infinity;
      const line = `${event.done}/${event.files} files · ${event.records.toLocaleString('en-US')} records · ${rate.toFixed(1)} files/s · ETA ${clock(eta)}`;
      if (tty) {
        const width = 24;
        const filled = event.files ? Math.round((event.done / event.files) * width) : width;
        stream.write(`\r\x1b[K[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${line}`);
        drawn = true;
      } else if (now() - lastPlain >= (options.plainEvery ?? 5) * 1000 || event.done === event.files) {
        lastPlain = now();
        stream.write(`${line}\n`);
      }
      return;
    }
    if (event.type === 'writing' && drawn) {
      stream.write('\n');
      drawn = false;
    }
  };
}
