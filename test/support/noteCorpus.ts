// A seeded generator of interview notes written the awkward ways real vaults hold them: CRLF and LF
// (and both in one note), a UTF-8 byte-order mark, trailing spaces, no final newline, `---` in
// fenced code blocks and as rules, very long lines, unicode of every kind, properties in any order
// and of every YAML type, and some notes whose YAML does not parse. The same seed gives the same
// notes, so a failure names a note that can be looked at again.

/** What a generated note has, to check that the corpus covers every case. */
export type Feature =
  | "bom"
  | "crlf"
  | "lf"
  | "mixed-eol"
  | "no-final-newline"
  | "trailing-spaces"
  | "fence-with-rule"
  | "rule"
  | "long-line"
  | "unicode"
  | "line-separator"
  | "empty-body"
  | "emails-section"
  | "section-after-emails"
  | "recased-key"
  | "comment"
  | "block-scalar"
  | "nested"
  | "invalid-yaml";

export interface GeneratedNote {
  path: string;
  text: string;
  /** Where the body starts: just after the closing `---` line (and its line break, if any). */
  bodyStart: number;
  features: Set<Feature>;
}

/** mulberry32: a small, fast, seeded pseudo-random generator. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

const pick = <T>(random: Random, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)] as T;
const chance = (random: Random, p: number) => random() < p;
const pad = (n: number) => String(n).padStart(2, "0");

const UNICODE = [
  "Ünïcödé façade",
  "שלום עולם",
  "مرحبا بالعالم",
  "日本語のメモ",
  "emoji 🎉👩‍💻🇫🇷",
  "combining e\u0301 and a\u030a",
  "zero\u200bwidth and no\u00a0break",
  "right-to-left mark \u200f here",
];

function dateText(random: Random): string {
  const day = `2026-${pad(1 + Math.floor(random() * 12))}-${pad(1 + Math.floor(random() * 28))}`;
  const time = `${pad(Math.floor(random() * 24))}:${pad(Math.floor(random() * 60))}`;
  return pick(random, [day, `${day}T${time}`, `${day} ${time}`, `${day}T${time}:00Z`, `"${day}"`]);
}

/** YAML lines for one property (a key and its value, maybe over several lines). */
type Property = { key: string; lines: string[]; feature?: Feature };

function properties(random: Random): Property[] {
  const recase = (key: string): { key: string; feature?: Feature } =>
    chance(random, 0.1)
      ? { key: key.charAt(0).toUpperCase() + key.slice(1), feature: "recased-key" }
      : { key };
  const one = (name: string, value: string): Property => {
    const { key, feature } = recase(name);
    return { key, lines: [`${key}: ${value}`], ...(feature ? { feature } : {}) };
  };
  const out: Property[] = [
    { key: "type", lines: ["type: interview"] },
    one("date", dateText(random)),
  ];
  const optional: (() => Property)[] = [
    () =>
      one(
        "organization",
        pick(random, [
          "Acme Corp",
          '"Acme: Corp #1"',
          "'Globex, Inc.'",
          `"${pick(random, UNICODE)}"`,
        ]),
      ),
    () => one("position", pick(random, ["Senior Engineer", "Designer", '"C++ dev (remote)"'])),
    () =>
      one(
        "contact",
        pick(random, ['"[[People/Jane Doe|Jane]]"', '"Jane Doe <jane@acme.example>"', "Bob"]),
      ),
    () => one("email", pick(random, ["jane@acme.example", "bob@globex.example", '""'])),
    () =>
      one(
        "status",
        pick(random, ["interviewed", "waiting", "Scheduled", "offer", "rejected", "on_hold"]),
      ),
    () => one("interested", pick(random, ["true", "false", "no", "yes"])),
    () => one("last_heard", dateText(random)),
    () => one("thank_you_sent", pick(random, [dateText(random), "true", "false", ""])),
    () => one("research_done", pick(random, [dateText(random), "false", ""])),
    () => one("followed_up", pick(random, [dateText(random), ""])),
    () => one("snoozed_until", dateText(random)),
    () => one("offer_deadline", dateText(random)),
    () =>
      pick(random, [
        { key: "dismissed", lines: ["dismissed: [research]"] },
        { key: "dismissed", lines: ["dismissed:", "  - thank-you", "  - follow-up"] },
        { key: "dismissed", lines: ["dismissed: research, thank-you"] },
        { key: "dismissed", lines: ["dismissed: []"] },
      ]),
    () => ({ key: "tags", lines: ["tags:", "  - job", "  - interview/onsite"] }),
    () => one("salary", pick(random, ["90000", "4.5", "-1", "1e3"])),
    () => one("remote", pick(random, ["true", "false", "null", "~"])),
    () => ({ key: "nothing", lines: ["nothing:"] }),
    () => one("aliases", '[Acme, "B, C", 3]'),
    () => one("link", '"[[Companies/Acme Corp]]"'),
    () => one("url", '"https://example.com/a?b=c#d"'),
    () => one("weird key with spaces", "value with  two spaces"),
    () => one('"quoted: key"', "v"),
    () => one("emoji_😀", "🎉"),
    () => one("long", `"${"long value ".repeat(400)}"`),
    () => ({
      key: "notes",
      lines: ["notes: |", "  first line", "  --- not a delimiter", "  last line"],
      feature: "block-scalar",
    }),
    () => ({ key: "nested", lines: ["nested:", "  a: 1", "  b: [x, y]"], feature: "nested" }),
  ];
  for (const make of optional) if (chance(random, 0.45)) out.push(make());
  // Shuffle: properties come in any order.
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as Property, out[i] as Property];
  }
  return out;
}

function bodyLines(random: Random, features: Set<Feature>): string[] {
  const lines: string[] = [];
  const blocks: (() => string[])[] = [
    () => [`# ${pick(random, ["Acme", "Interview notes", "Round 2"])}`, ""],
    () => ["Some notes about the interview.", ""],
    () => {
      features.add("trailing-spaces");
      return ["A line with trailing spaces   ", "and a tab\t", ""];
    },
    () => {
      features.add("fence-with-rule");
      return ["```yaml", "---", "status: rejected", "---", "```", ""];
    },
    () => {
      features.add("rule");
      return ["---", "", "Text after a rule.", ""];
    },
    () => {
      features.add("long-line");
      return [`${"A very long line. ".repeat(1200)}`, ""];
    },
    () => {
      features.add("unicode");
      return [pick(random, UNICODE), ""];
    },
    () => {
      features.add("line-separator");
      return ["Text with a\u2028line separator and a\u2029paragraph separator", ""];
    },
    () => ["## Questions they asked", "", "- Why us?", "- [ ] send portfolio", ""],
    () => {
      features.add("emails-section");
      const section = ["## Follow-up emails", "", "### Thank-you note", "", "Dear Jane,", ""];
      if (chance(random, 0.5)) {
        features.add("section-after-emails");
        section.push("## Later notes", "", "More text.", "");
      }
      return section;
    },
  ];
  const count = Math.floor(random() * 6);
  for (let i = 0; i < count; i++) lines.push(...pick(random, blocks)());
  return lines;
}

/** One note's text, and what it has. */
function note(random: Random): Omit<GeneratedNote, "path"> {
  const features = new Set<Feature>();
  const eol = chance(random, 0.4) ? "\r\n" : "\n";
  features.add(eol === "\r\n" ? "crlf" : "lf");
  const props = properties(random);
  for (const p of props) if (p.feature) features.add(p.feature);
  if (chance(random, 0.15)) {
    // Between two properties, never inside one that spans several lines.
    props.splice(Math.floor(random() * (props.length + 1)), 0, {
      key: "#",
      lines: ["# a comment in the properties"],
    });
    features.add("comment");
  }
  const yaml = props.flatMap((p) => p.lines);
  if (chance(random, 0.05)) {
    // Two values for one key, or a list never closed: YAML that does not parse.
    yaml.push(pick(random, ["type: meeting", "broken: [a, b"]));
    features.add("invalid-yaml");
  }
  const body = bodyLines(random, features);
  let bodyText: string;
  if (eol === "\n" && chance(random, 0.1)) {
    // Lines pasted from elsewhere: some CRLF in an LF note.
    bodyText = body.map((line, i) => line + (i % 2 === 0 ? "\r\n" : "\n")).join("");
    features.add("mixed-eol");
  } else {
    bodyText = body.map((line) => line + eol).join("");
  }
  if (bodyText === "") features.add("empty-body");
  if (chance(random, 0.3)) {
    // No final newline: drop the last line break (or, with no body, the one after "---").
    bodyText = bodyText.replace(/\r?\n$/, "");
    features.add("no-final-newline");
  }
  const bom = chance(random, 0.06) ? "\uFEFF" : "";
  if (bom) features.add("bom");
  const closing = bodyText === "" && features.has("no-final-newline") ? "---" : `---${eol}`;
  const head = `${bom}---${eol}${yaml.join(eol)}${eol}${closing}`;
  return { text: head + bodyText, bodyStart: head.length, features };
}

/** `count` notes from `seed`, in the interview folder. */
export function generateNotes(seed: number, count: number): GeneratedNote[] {
  const random = seeded(seed);
  return Array.from({ length: count }, (_, i) => {
    return { path: `Interviews/Note ${String(i).padStart(3, "0")}.md`, ...note(random) };
  });
}
