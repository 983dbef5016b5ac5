/**
 * Ingest progress: a one-line bar redrawn in place on a terminal; plain log lines
 * otherwise (one per error, one every LOG_EVERY articles), and a summary at the end.
 * Quiet drops the bar, the log lines and a clean run's summary, never an error: a run
 * that skipped inputs says which and why, and ends with its summary.
 */
export interface Counts {
  total: number;
  done: number;
  added: number;
  replaced: number;
  unchanged: number;
  errors: number;
  claims: number;
  feeds: number;
}

/** Non-terminal output: a progress line after this many finished inputs. */
const LOG_EVERY = 100;
/** Terminal output: redraw at most this often (ms), so drawing never slows the run. */
const REDRAW_MS = 100;
const BAR_WIDTH = 24;

export interface ProgressSink {
  write(s: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

function fmtDuration(s: number): string {
  if (!Number.isFinite(s)) return '--:--';
  const m = Math.floor(s / 60);
  const sec = Math.floor(s % 60);
  return `${m}:${String(sec).padStart(2, '0')}`;
}

export class Progress {
  private readonly start = Date.now();
  private lastDraw = 0;
  private readonly tty: boolean;

  constructor(
    private readonly out: ProgressSink | null,
    private readonly counts: Counts,
    private readonly quiet = false,
  ) {
    this.tty = Boolean(out?.isTTY) && !quiet;
  }

  rate(): number {
    const secs = (Date.now() - this.start) / 1000;
    return secs > 0 ? this.counts.done / secs : 0;
  }

  line(): string {
    const c = this.counts;
    const rate = this.rate();
    const eta = rate > 0 ? (c.total - c.done) / rate : Infinity;
    return `${c.done}/${c.total} inputs · ${c.added + c.replaced + c.unchanged} articles · ${c.claims} claims · ${c.errors} errors · ${rate.toFixed(1)}/s · ETA ${fmtDuration(eta)}`;
  }

  tick(): void {
    if (!this.out || this.quiet) return;
    if (this.tty) {
      const now = Date.now();
      if (now - this.lastDraw < REDRAW_MS && this.counts.done < this.counts.total) return;
      this.lastDraw = now;
      const frac = this.counts.total ? this.counts.done / this.counts.total : 0;
      const fill = Math.round(frac * BAR_WIDTH);
      const text = `[${'#'.repeat(fill)}${'-'.repeat(BAR_WIDTH - fill)}] ${this.line()}`;
      const width = (this.out.columns ?? 120) - 1;
      this.out.write(`\r${text.slice(0, width).padEnd(width)}`);
    } else if (this.counts.done % LOG_EVERY === 0) {
      this.out.write(`tally: ${this.line()}\n`);
    }
  }

  error(input: string, reason: string): void {
    if (!this.out) return;
    if (this.tty) this.out.write(`\r\x1b[2K`);
    this.out.write(`tally: skipped ${input}: ${reason}\n`);
  }

  finish(): string {
    const c = this.counts;
    const secs = (Date.now() - this.start) / 1000;
    const summary =
      `ingested ${c.done} inputs in ${secs.toFixed(1)}s (${this.rate().toFixed(1)}/s): ` +
      `${c.added} added, ${c.replaced} replaced, ${c.unchanged} unchanged, ${c.errors} errors; ${c.claims} claims` +
      (c.feeds ? `; ${c.feeds} feeds` : '');
    if (this.out && (!this.quiet || c.errors > 0)) {
      if (this.tty) this.out.write('\r\x1b[2K');
      this.out.write(`tally: ${summary}\n`);
    }
    return summary;
  }

  /** Clears the bar so that the line that ends the run starts on a clean line. */
  abort(): void {
    if (this.out && this.tty) this.out.write('\r\x1b[2K');
  }
}
