/** Run `work` repeatedly for at least `seconds` after a warm-up; return the mean time per run in ms. */
export function timePerRun(work: () => void, seconds = 2, warmup = 5): number {
  for (let i = 0; i < warmup; i++) work();
  let runs = 0;
  const started = performance.now();
  let elapsed = 0;
  while (elapsed < seconds * 1000) {
    work();
    runs += 1;
    elapsed = performance.now() - started;
  }
  return elapsed / runs;
}

export function formatRate(value: number, unit: string): string {
  return `${value >= 100 ? value.toFixed(0) : value.toFixed(1)} ${unit}`;
}
