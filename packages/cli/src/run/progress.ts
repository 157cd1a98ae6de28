/**
 * A one-line progress bar for long runs, redrawn in place on a terminal's stderr. Off when stderr
 * is not a terminal (CI logs, pipes), so machine output stays clean.
 */
export function progressBar(write: ((text: string) => void) | undefined, total: number) {
  const width = 24;
  return {
    update(done: number, label: string): void {
      if (!write || total < 2) return;
      const filled = Math.round((done / total) * width);
      write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${label.slice(0, 60).padEnd(60)}`);
    },
    finish(): void {
      if (write && total >= 2) write(`\r${' '.repeat(width + 75)}\r`);
    },
  };
}
