// A generated vault for the benchmarks: a fixed seed, 10% interview notes with realistic
// frontmatter (1% of all notes broken in some way), the rest ordinary notes. Interviews carry the
// round-2 kinds too: panels (several people, some thanked), decision_by, offers with a deadline
// and heads-ups, nudges sent (so some are ready to close as ghosted), ghosted ones, and
// rejections replied to (so a check-in to keep in touch comes due).

import { seeded } from "../test/support/noteCorpus";

const ORGS = [
  "Acme",
  "Globex",
  "Initech",
  "Umbrella",
  "Hooli",
  "Stark",
  "Wayne",
  "Cyberdyne",
  "Soylent",
  "Northwind",
];
const ROLES = ["Engineer", "Designer", "Analyst", "Manager", "Researcher"];
const STATUSES = [
  "scheduled",
  "interviewed",
  "waiting",
  "waiting",
  "interviewed",
  "rejected",
  "offer",
  "withdrawn",
  "ghosted",
  "",
];
const PEOPLE = ["Jane Doe", "Ann Lee", "Raj Patel", "Li Wei", "Sam Roe"];
const BROKEN = [
  "date: next tuesday",
  "date: 2026-02-30",
  "status: maybe",
  "organization: [Acme\ndate: 2026-11-01",
];

const pad = (n: number) => String(n).padStart(2, "0");

export interface GeneratedVault {
  files: Record<string, string>;
  interviews: number;
}

/** `count` notes; about 10% are interviews, 1% of all notes broken. */
export function generateVault(count: number, seed = 42): GeneratedVault {
  const next = seeded(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const files: Record<string, string> = {};
  let interviews = 0;
  for (let i = 0; i < count; i++) {
    const roll = next();
    if (roll < 0.1) {
      interviews++;
      const org = `${pick(ORGS)} ${i}`;
      const month = 1 + Math.floor(next() * 11);
      const day = 1 + Math.floor(next() * 28);
      const lines = [
        next() < 0.5 ? "type: interview" : "tags: [job, interview/onsite]",
        `organization: ${org}`,
        `position: ${pick(ROLES)}`,
        `date: 2026-${pad(month)}-${pad(day)}T${pad(9 + Math.floor(next() * 8))}:00`,
      ];
      const panel = next() < 0.2;
      if (panel) {
        const people = PEOPLE.slice(0, 2 + Math.floor(next() * 3));
        lines.push(
          `contact: [${people.join(", ")}]`,
          `email: [${people.map((p) => `${p.split(" ")[0]?.toLowerCase()}@example.com`).join(", ")}]`,
          `thanked: [${people[0]}]`,
        );
      } else lines.push("contact: Jane Doe", "email: jane@example.com");
      const status = pick(STATUSES);
      const later = `2026-${pad(Math.min(12, month + 1))}-${pad(day)}`;
      lines.push(
        `status: ${status}`,
        next() < 0.5 ? "thank_you_sent: 2026-01-02" : "thank_you_sent:",
        next() < 0.3
          ? `last_heard: 2026-${pad(month)}-${pad(Math.min(28, day + 3))}`
          : "last_heard:",
        "dismissed: []",
      );
      if (next() < 0.3) lines.push(`decision_by: ${later}`);
      if (next() < 0.3) lines.push(`followed_up: [2026-${pad(month)}-${pad(day)}, ${later}]`);
      if (status === "offer") {
        lines.push(`offer_deadline: ${later}`);
        if (next() < 0.5) lines.push(`offer_heads_up: [${later}]`);
      }
      if (status === "rejected") {
        lines.push(`rejected_on: ${later}`);
        if (next() < 0.6) lines.push(`rejection_replied: ${later}`);
      }
      if (roll < 0.01) lines.push(pick(BROKEN));
      const folder = next() < 0.5 ? "Interviews" : "Jobs";
      files[`${folder}/${i} ${org}.md`] =
        `---\n${lines.join("\n")}\n---\n# ${org}\n\nNotes from the interview.\n`;
    } else if (roll < 0.6) {
      files[`Daily/${i}.md`] =
        `---\ndate: 2026-${pad(1 + (i % 12))}-${pad(1 + (i % 28))}\ntags: [daily]\nmood: fine\n---\n- Wrote notes.\n`;
    } else {
      // No [[links]]: the mock resolves each by scanning every file, which would measure the mock.
      files[`Notes/${i % 100}/${i}.md`] = `# Note ${i}\n\nSome text and a #tag.\n`;
    }
  }
  return { files, interviews };
}
