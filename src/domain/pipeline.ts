/**
 * The sidebar's pipeline summary: how many interviews have each status, kept as notes come and go
 * (each organisation and position counted once, by its latest round: the live plan decides which
 * notes count).
 */

import type { PipelineEntry } from "./sidebar";
import { ALL_STATUSES, type Status } from "./status";

/** The summary's order: notes without a status first, then the statuses in the spec's order. */
const ORDER: readonly (Status | "none")[] = ["none", ...ALL_STATUSES];

export class PipelineCounts {
  private readonly counts = new Map<Status | "none", number>();

  clear(): void {
    this.counts.clear();
  }

  add(status: Status | "none"): void {
    this.counts.set(status, (this.counts.get(status) ?? 0) + 1);
  }

  /** Takes back one `add` of `status`; a status with no note left is dropped. */
  remove(status: Status | "none"): void {
    const count = (this.counts.get(status) ?? 1) - 1;
    if (count === 0) this.counts.delete(status);
    else this.counts.set(status, count);
  }

  /** The summary in order, statuses with no note left out. */
  entries(): PipelineEntry[] {
    const out: PipelineEntry[] = [];
    for (const status of ORDER) {
      const count = this.counts.get(status) ?? 0;
      if (count === 0) continue;
      const label =
        status === "none" ? "No status" : status.charAt(0).toUpperCase() + status.slice(1);
      out.push({ status, label, count });
    }
    return out;
  }
}

/** Whether two summaries say the same (so the older one can be handed out again). */
export function samePipeline(
  a: readonly PipelineEntry[] | undefined,
  b: readonly PipelineEntry[],
): boolean {
  return (
    a !== undefined &&
    a.length === b.length &&
    a.every((entry, i) => entry.status === b[i]?.status && entry.count === b[i]?.count)
  );
}
