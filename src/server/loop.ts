/** One periodic job. `run` is never called again before the previous call has finished. */
export interface Loop {
  name: string;
  everyMs: number;
  /** `signal` aborts when the worker is told to stop: finish what is in hand, start nothing new. */
  run(now: Date, signal?: AbortSignal): Promise<unknown>;
  /** Called when the grace period ends with a run still going: give back at once what was not started. */
  halt?(): Promise<void>;
}
