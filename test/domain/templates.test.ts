import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { findFrontmatter } from "../../src/domain/frontmatter";
import { type Interview, readNote } from "../../src/domain/interview";
import { defaultSettings } from "../../src/domain/settings";
import {
  BUILT_IN_TEMPLATES,
  type EmailTemplate,
  type RenderContext,
  allTemplates,
  appendEmail,
  emailText,
  insertionOffset,
  mailtoLink,
  readUserTemplate,
  renderTemplate,
  templatesFirstFor,
} from "../../src/domain/templates";

const settings = defaultSettings();
const FM = {
  type: "interview",
  organization: "Acme Corp",
  position: "Senior Engineer",
  date: "2026-11-20T14:00",
  contact: "Jane Doe",
  email: "jane@acme.example",
  offer_deadline: "2026-11-30",
  salary: 90000,
  team: ["Platform", "Infra"],
};

function ctx(fm: Record<string, unknown> = FM, myName = "Sam Lee"): RenderContext {
  const reading = readNote("Interviews/a.md", fm, settings);
  const interview: Interview | null = reading?.kind === "interview" ? reading.interview : null;
  return {
    frontmatter: fm,
    interview,
    myName,
    now: new Date(2026, 10, 25, 12).getTime(),
    formatDate: (ms) =>
      `<${new Date(ms).getFullYear()}-${new Date(ms).getMonth() + 1}-${new Date(ms).getDate()}>`,
  };
}

const t = (body: string, subject = ""): EmailTemplate => ({
  id: "t",
  name: "t",
  action: null,
  subject,
  body,
});

describe("rendering", () => {
  it.each([
    ["{{organization}}", "Acme Corp"],
    ["{{position}}", "Senior Engineer"],
    ["{{date}}", "<2026-11-20>"],
    ["{{contact}}", "Jane Doe"],
    ["{{contact_first_name}}", "Jane"],
    ["{{email}}", "jane@acme.example"],
    ["{{my_name}}", "Sam Lee"],
    ["{{today}}", "<2026-11-25>"],
    ["{{ organization }}", "Acme Corp"],
    ["{{ORGANIZATION}}", "Acme Corp"],
    ["{{salary}}", "90000"],
    ["{{team}}", "Platform, Infra"],
    ["{{offer_deadline}}", "<2026-11-30>"],
    ["{{Salary}}", "90000"],
  ])("fills %s with %j", (placeholder, value) => {
    expect(renderTemplate(t(`x ${placeholder} y`), ctx()).body).toBe(`x ${value} y`);
  });

  it("leaves a placeholder with no value visible and names it once", () => {
    const fm = { ...FM, contact: "", email: "" };
    const result = renderTemplate(
      t("Dear {{contact_first_name}}, {{nope}} {{nope}} {{email}}", "{{nope}}"),
      ctx(fm, ""),
    );
    expect(result.body).toBe("Dear {{contact_first_name}}, {{nope}} {{nope}} {{email}}");
    expect(result.subject).toBe("{{nope}}");
    expect(result.missing).toEqual(["nope", "contact_first_name", "email"]);
  });

  it("keeps unicode, and braces inside values, as they are", () => {
    const fm = { ...FM, organization: "Zoë & Søn {{position}} }}{{", contact: "Łukasz Ż" };
    const result = renderTemplate(t("{{organization}} · {{contact_first_name}} 🚀"), ctx(fm));
    expect(result.body).toBe("Zoë & Søn {{position}} }}{{ · Łukasz 🚀");
    expect(result.missing).toEqual([]);
  });

  it("leaves unbalanced or odd braces alone", () => {
    for (const text of [
      "{{organization",
      "organization}}",
      "{ {organization} }",
      "{{}}",
      "{{{organization}}}",
      "{{a b}}",
    ]) {
      const result = renderTemplate(t(text), ctx());
      expect(result.body).toBe(text.replace("{{{organization}}}", "{Acme Corp}"));
    }
  });

  it("runs nothing: template code and HTML come out as text", () => {
    const body = "${process.exit(1)} <script>alert(1)</script> {{constructor}} {{__proto__}}";
    const result = renderTemplate(t(body), ctx());
    expect(result.body).toBe(body);
    expect(result.missing).toEqual(["constructor", "__proto__"]);
  });

  it("renders every built-in template completely from a full note", () => {
    for (const template of BUILT_IN_TEMPLATES) {
      const result = renderTemplate(template, ctx());
      expect(result.missing).toEqual([]);
      expect(result.body).toContain("Jane");
      expect(result.body.endsWith("Sam Lee")).toBe(true);
      expect(result.subject).not.toContain("{{");
    }
  });
});

describe("the user's templates", () => {
  const read = (path: string, text: string) => {
    const block = findFrontmatter(text);
    return readUserTemplate(
      path,
      text,
      block ? (parse(block.yaml) as Record<string, unknown>) : null,
    );
  };

  it("take their follow-up and subject from their properties and their name from the file", () => {
    expect(
      read(
        "Interviews/Templates/Warm thanks.md",
        "---\naction: Thank-You\nsubject: Thanks, {{contact}}\n---\n\nHi {{contact}}\n",
      ),
    ).toEqual({
      ok: true,
      template: {
        id: "Interviews/Templates/Warm thanks.md",
        name: "Warm thanks",
        action: "thank-you",
        subject: "Thanks, {{contact}}",
        body: "Hi {{contact}}",
      },
    });
    expect(read("T/Any.md", "Just a body")).toMatchObject({
      ok: true,
      template: { action: null, subject: "", body: "Just a body" },
    });
  });

  it("report an action that is not a follow-up", () => {
    const result = read("T/x.md", "---\naction: thanks\n---\nHi");
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.reason).toContain('"action" is "thanks"');
  });

  it("replace the built-in one for their follow-up and add to the rest, due follow-up first", () => {
    const mine: EmailTemplate[] = [
      { id: "T/b.md", name: "b", action: "thank-you", subject: "", body: "" },
      { id: "T/a.md", name: "a", action: null, subject: "", body: "" },
      { id: "T/c.md", name: "c", action: "research", subject: "", body: "" },
    ];
    const all = allTemplates(mine);
    expect(all.map((x) => x.id)).toEqual([
      "built-in:follow-up",
      "built-in:rejection-reply",
      "T/a.md",
      "T/b.md",
      "T/c.md",
    ]);
    expect(templatesFirstFor(all, "thank-you").map((x) => x.id)[0]).toBe("T/b.md");
    expect(templatesFirstFor(allTemplates([]), "rejection-reply").map((x) => x.id)).toEqual([
      "built-in:rejection-reply",
      "built-in:thank-you",
      "built-in:follow-up",
    ]);
  });
});

describe("mail links", () => {
  it("encode the address, subject and body so they decode back the same", () => {
    const subject = "Thank you & see you — Zoë? 100%";
    const body = "Line one\nLine two: a=b&c=d #hash +plus 🚀";
    const { href, bodyLeftOut } = mailtoLink("jane+jobs@acme.example", subject, body);
    expect(bodyLeftOut).toBe(false);
    const url = new URL(href);
    expect(url.protocol).toBe("mailto:");
    expect(decodeURIComponent(url.pathname)).toBe("jane+jobs@acme.example");
    expect(url.searchParams.get("subject")).toBe(subject);
    expect(url.searchParams.get("body")).toBe(body.replace(/\n/g, "\r\n"));
  });

  it("leave the body out past 1,800 characters, keeping the address and subject", () => {
    const { href, bodyLeftOut } = mailtoLink("a@b.example", "Hi", "x".repeat(2000));
    expect(bodyLeftOut).toBe(true);
    expect(href).toBe("mailto:a%40b.example?subject=Hi");
    expect(mailtoLink("a@b.example", "Hi", "x".repeat(1700)).bodyLeftOut).toBe(false);
  });

  it("copy as subject and body", () => {
    expect(emailText({ subject: "S", body: "B", missing: [] })).toBe("Subject: S\n\nB");
  });
});

describe("putting an email in a note", () => {
  const email = { subject: "Thanks", body: "Dear Jane,\n\nThank you.", missing: [] };

  it("adds the heading at the end when the note has none, keeping every byte before", () => {
    const note = "---\na: 1\n---\n# Notes\n\nSome text";
    const out = appendEmail(note, email, "Thank-you note");
    expect(out.startsWith(note)).toBe(true);
    expect(out.slice(note.length)).toBe(
      "\n\n## Follow-up emails\n\n### Thank-you note\n\n**Subject:** Thanks\n\nDear Jane,\n\nThank you.\n",
    );
  });

  it("adds under an existing heading, before the next section, only inserting", () => {
    const note = "# A\n\n## Follow-up emails\n\n### Old\n\nold text\n\n## Later\n\nkeep\n";
    const out = appendEmail(note, email, "New");
    const at = out.indexOf("### New");
    expect(at).toBeGreaterThan(out.indexOf("### Old"));
    expect(at).toBeLessThan(out.indexOf("## Later"));
    expect(out.replace(/### New[\s\S]*?Thank you\.\n\n/, "")).toBe(note);
  });

  it("uses the note's CRLF line endings", () => {
    const out = appendEmail("a\r\nb\r\n", email, "X");
    expect(out.startsWith("a\r\nb\r\n")).toBe(true);
    expect(out.replace(/\r\n/g, "")).not.toContain("\n");
  });

  it("moves a cursor inside the frontmatter to just after it", () => {
    const note = "---\na: 1\n---\nBody";
    expect(insertionOffset(note, 5)).toBe(13);
    expect(insertionOffset(note, 14)).toBe(14);
    expect(insertionOffset("No frontmatter", 3)).toBe(3);
  });
});
