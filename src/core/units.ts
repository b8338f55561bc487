/**
 * Sizes and rough durations as people read them, shared by the reports and by the core modules
 * that put them in their own messages (monitor, verify); outside `report/` so that no folder has to
 * import the renderers to print a size.
 */

/** `40 GB`, `1.5 MB`: 1024-based like pg_size_pretty, one decimal under 10. */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'kB', 'MB', 'GB', 'TB', 'PB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const shown = unit > 0 && value < 10 ? value.toFixed(1) : String(Math.round(value));
  return `${shown} ${units[unit]}`;
}

/** A deliberately rough duration for estimates: `~40 s`, `~12 min`, `~2.5 h`. */
export function roughly(ms: number): string {
  if (ms < 1_000) return '<1 s';
  if (ms < 60_000) return `~${Math.round(ms / 1_000)} s`;
  if (ms < 3_600_000) return `~${Math.round(ms / 60_000)} min`;
  return `~${(ms / 3_600_000).toFixed(1)} h`;
}
