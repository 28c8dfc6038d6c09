/**
 * A progress bar for long generation runs, on a stream (stderr): done / total, rate and time left.
 * On a terminal it redraws one line; elsewhere (logs, a parent process) it writes a line at each
 * tenth of the way, so the output stays short and readable.
 */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

const WIDTH = 24;

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.max(0, Math.round(seconds));
  return s >= 60 ? `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s` : `${s} s`;
}

/** One progress bar over `total` units of `unit` (e.g. cases). */
export class ProgressBar {
  private readonly started = Date.now();
  private lastTenth = -1;
  private lastDraw = 0;

  constructor(
    private readonly total: number,
    private readonly unit: string,
    private readonly out: ProgressStream = process.stderr,
    private readonly now: () => number = Date.now,
  ) {}

  /** The line for `done` units: `[#####-----]  8,000/20,000 cases  2,150/s  about 6 s left`. */
  line(done: number, note = ''): string {
    const elapsed = Math.max(0.001, (this.now() - this.started) / 1000);
    const rate = done / elapsed;
    const share = this.total > 0 ? Math.min(1, done / this.total) : 1;
    const filled = Math.round(share * WIDTH);
    const left = note || (done >= this.total ? 'done' : rate > 0 ? `about ${duration((this.total - done) / rate)} left` : 'starting');
    const n = (x: number) => Math.round(x).toLocaleString('en-US');
    return `[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${n(done)}/${n(this.total)} ${this.unit}  ${n(rate)}/s  ${left}`;
  }

  /** Reports `done` units. */
  update(done: number, note = ''): void {
    if (this.out.isTTY) {
      const t = this.now();
      if (t - this.lastDraw < 100 && done < this.total) return;
      this.lastDraw = t;
      this.out.write(`\r${this.line(done, note)}\x1b[K`);
      return;
    }
    const tenth = this.total > 0 ? Math.floor((done / this.total) * 10) : 10;
    if (tenth <= this.lastTenth) return;
    this.lastTenth = tenth;
    this.out.write(`${this.line(done, note)}\n`);
  }

  /** A step after the counted work (e.g. folding the indicators): the full bar with a note, drawn now. */
  step(note: string): void {
    this.lastDraw = 0;
    if (this.out.isTTY) this.out.write(`\r${this.line(this.total, note)}\x1b[K`);
    else this.out.write(`${this.line(this.total, note)}\n`);
  }

  /** Ends the bar with a last line. */
  finish(text: string): void {
    this.out.write(`${this.out.isTTY ? '\r\x1b[K' : ''}${text}\n`);
  }

  /** Seconds since the bar began. */
  seconds(): number {
    return (this.now() - this.started) / 1000;
  }
}

/** Generation phases after the cases are in, as the bar names them. */
export type DatagenPhase = 'indicators' | 'timelines' | 'statistics';

const phaseNotes: Record<DatagenPhase, string> = {
  indicators: 'folding the indicators…',
  timelines: 'writing the timelines…',
  statistics: 'updating the planner statistics…',
};

/** A generator's progress callback that draws a bar on `out`. */
export function progressBar(total: number, out: ProgressStream = process.stderr) {
  const bar = new ProgressBar(total, 'cases', out);
  return {
    bar,
    onProgress(done: number, phase?: DatagenPhase) {
      if (phase) bar.step(phaseNotes[phase]);
      else bar.update(done);
    },
  };
}
