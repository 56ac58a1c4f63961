/**
 * A min-heap of (time, path, version): which notes to look at again, and when. The three are
 * kept in parallel arrays rather than as objects so that pushing a time allocates nothing; the
 * version lets the owner ignore a time left behind by a later push for the same path.
 */
export class Timetable {
  private readonly times: number[] = [];
  private readonly paths: string[] = [];
  private readonly versions: number[] = [];

  get size(): number {
    return this.times.length;
  }

  clear(): void {
    this.times.length = 0;
    this.paths.length = 0;
    this.versions.length = 0;
  }

  /** Starts again from each entry's next time (none for Infinity), leaving stale times behind. */
  refill(entries: Iterable<{ next: number; path: string; version: number }>): void {
    this.clear();
    for (const each of entries)
      if (each.next !== Infinity) this.push(each.next, each.path, each.version);
  }

  /** The earliest time held; Infinity when empty. */
  peek(): number {
    return this.times[0] ?? Infinity;
  }

  push(time: number, path: string, version: number): void {
    let i = this.times.length;
    this.times.push(time);
    this.paths.push(path);
    this.versions.push(version);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((this.times[parent] as number) <= time) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  /** Takes out the earliest time's path and version (the caller checks `size` first). */
  pop(): { path: string; version: number } {
    const top = { path: this.paths[0] as string, version: this.versions[0] as number };
    const last = this.times.length - 1;
    this.swap(0, last);
    this.times.pop();
    this.paths.pop();
    this.versions.pop();
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let least = i;
      if (left < last && (this.times[left] as number) < (this.times[least] as number)) least = left;
      if (right < last && (this.times[right] as number) < (this.times[least] as number))
        least = right;
      if (least === i) break;
      this.swap(i, least);
      i = least;
    }
    return top;
  }

  private swap(i: number, j: number): void {
    const { times, paths, versions } = this;
    [times[i], times[j]] = [times[j] as number, times[i] as number];
    [paths[i], paths[j]] = [paths[j] as string, paths[i] as string];
    [versions[i], versions[j]] = [versions[j] as number, versions[i] as number];
  }
}
