import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { findFrontmatter } from "../../src/domain/frontmatter";
import { type Interview, readNote } from "../../src/domain/interview";
import { defaultSettings } from "../../src/domain/settings";
import { ACTION_IDS } from "../../src/domain/types";
import { settingsWith } from "../support/domain";
import {
  BUILT_IN_TEMPLATES,
  type EmailTemplate,
  type RenderContext,
  allTemplates,
  emailText,
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

  it("fills the interview's values under the user's own property names", () => {
    const custom = settingsWith({
      properties: {
        ...settings.properties,
        organization: "company",
        position: "role",
        date: "when",
        contact: "person",
        email: "mail",
      },
    });
    const fm = {
      type: "interview",
      company: "Globex",
      role: "Analyst",
      when: "2026-11-20T14:00",
      person: "Hank Scorpio <hank@globex.example>",
      mail: "hank@globex.example",
    };
    const reading = readNote("Interviews/g.md", fm, custom);
    const result = renderTemplate(
      t("{{organization}}|{{position}}|{{date}}|{{contact}}|{{contact_first_name}}|{{email}}"),
      {
        ...ctx(),
        frontmatter: fm,
        interview: reading?.kind === "interview" ? reading.interview : null,
      },
    );
    expect(result.body).toBe("Globex|Analyst|<2026-11-20>|Hank Scorpio|Hank|hank@globex.example");
  });

  it("names the contact without the address written beside it, or by the address alone", () => {
    const withAddress = { ...FM, contact: "Jane Doe <jane@acme.example>" };
    expect(renderTemplate(t("{{contact}}/{{contact_first_name}}"), ctx(withAddress)).body).toBe(
      "Jane Doe/Jane",
    );
    const addressOnly = { ...FM, contact: "jane@acme.example", email: "" };
    expect(renderTemplate(t("{{contact}}/{{contact_first_name}}"), ctx(addressOnly)).body).toBe(
      "jane@acme.example/jane@acme.example",
    );
  });

  it("fills from the note's properties alone when the note cannot be read as an interview", () => {
    const fm = {
      organization: "Acme",
      position: "Dev",
      contact: "Jane Doe",
      email: "j@acme.example",
    };
    const result = renderTemplate(
      t("{{organization}} {{position}} {{contact}} {{email}} {{date}}|{{contact_first_name}}"),
      { ...ctx(), frontmatter: fm, interview: null },
    );
    const [filled, first] = result.body.split("|");
    expect(filled).toBe("Acme Dev Jane Doe j@acme.example {{date}}");
    expect(result.missing).toContain("date");
    // The first name is either found or reported, never an error.
    expect(
      first === "Jane" ||
        (first === "{{contact_first_name}}" && result.missing.includes("contact_first_name")),
    ).toBe(true);
  });

  it("treats a property it cannot write as text as missing", () => {
    const fm = { ...FM, panel: { lead: "Jane" } };
    const result = renderTemplate(t("Panel: {{panel}}"), ctx(fm));
    expect(result.body).toBe("Panel: {{panel}}");
    expect(result.missing).toEqual(["panel"]);
  });

  it("treats a blank name as missing, and trims one written with spaces", () => {
    expect(renderTemplate(t("{{my_name}}"), ctx(FM, "   ")).missing).toEqual(["my_name"]);
    expect(renderTemplate(t("[{{my_name}}]"), ctx(FM, "  Sam Lee ")).body).toBe("[Sam Lee]");
  });

  it("reads a date property given alone as the end of that day", () => {
    const hours = { ...ctx(), formatDate: (ms: number) => String(new Date(ms).getHours()) };
    expect(renderTemplate(t("{{offer_deadline}}"), hours).body).toBe("23");
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

describe("the built-in templates", () => {
  it("serve the kinds that send emails, in the table's order, each with its own name", () => {
    expect(BUILT_IN_TEMPLATES.map((x) => x.action)).toEqual([
      "thank-you",
      "follow-up",
      "rejection-reply",
      "reconnect",
      "offer-decision",
      "offer-decision",
      "offer-decision",
      "offer-heads-up",
    ]);
    expect(BUILT_IN_TEMPLATES.map((x) => x.id)).toEqual([
      "built-in:thank-you",
      "built-in:follow-up",
      "built-in:rejection-reply",
      "built-in:reconnect",
      "built-in:offer-more-time",
      "built-in:offer-accept",
      "built-in:offer-decline",
      "built-in:offer-heads-up",
    ]);
    const names = BUILT_IN_TEMPLATES.map((x) => x.name);
    for (const name of names) expect(name).toMatch(/^[A-Z][a-z -]+[a-z]$/);
    expect(new Set(names).size).toBe(names.length);
  });

  it("have a subject naming the role or the organization", () => {
    for (const template of BUILT_IN_TEMPLATES) {
      expect(template.subject).toMatch(/^[A-Z].*\{\{(position|organization)\}\}/);
    }
  });

  it("are short letters: a greeting, paragraphs parted by one blank line, a sign-off and the name", () => {
    for (const template of BUILT_IN_TEMPLATES) {
      const paragraphs = template.body.split("\n\n");
      expect(paragraphs[0]).toBe("Dear {{contact_first_name}},");
      expect(paragraphs.at(-1)).toMatch(/^[A-Z][a-z ]+,\n\{\{my_name\}\}$/);
      const middle = paragraphs.slice(1, -1);
      expect(middle.length).toBeGreaterThanOrEqual(2);
      for (const paragraph of middle) {
        expect(paragraph).toMatch(/^[A-Z][^\n]{20,}\.$/);
      }
      expect(template.body).toContain("{{position}}");
    }
  });

  it("thank the contact for the interview on its date, at the organization", () => {
    const thanks = BUILT_IN_TEMPLATES.find((x) => x.action === "thank-you");
    expect(thanks?.body).toMatch(/Thank you/);
    for (const placeholder of ["{{date}}", "{{position}}", "{{organization}}"])
      expect(thanks?.body).toContain(placeholder);
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

  it("keep their body as written after the blank line that follows the properties", () => {
    expect(
      read("T/x.md", "---\naction: follow-up\n---\n  \nHi {{contact}},\n\nThanks.\n"),
    ).toMatchObject({
      template: { body: "Hi {{contact}},\n\nThanks." },
    });
    expect(read("T/x.md", "Hi\nthere\n\nBye")).toMatchObject({
      template: { body: "Hi\nthere\n\nBye" },
    });
  });

  it("are named by the whole file name less its final .md", () => {
    expect(read("T/Re.md thanks.MD", "Hi")).toMatchObject({ template: { name: "Re.md thanks" } });
  });

  it("report an action or a subject that is not text, rather than drop it", () => {
    expect(read("T/x.md", "---\naction:\n  kind: thank-you\n---\nHi")).toEqual({
      ok: false,
      path: "T/x.md",
      reason: '"action" is a nested object, not text',
    });
    expect(read("T/x.md", "---\nsubject:\n  text: Thanks\n---\nHi")).toEqual({
      ok: false,
      path: "T/x.md",
      reason: '"subject" is a nested object, not text',
    });
  });

  it("report an action that is not a follow-up", () => {
    const result = read("T/x.md", "---\naction: thanks\n---\nHi");
    expect(result).toEqual({
      ok: false,
      path: "T/x.md",
      reason: `"action" is "thanks", which is not a follow-up (use one of: ${ACTION_IDS.join(", ")})`,
    });
    expect(result.ok ? "" : result.reason).toContain("upcoming-interview, thank-you, research");
  });

  it("come in the same order whatever order they were found in: by name, then by path", () => {
    const mine: EmailTemplate[] = [
      { id: "T/b/Thanks.md", name: "Thanks", action: null, subject: "", body: "" },
      { id: "T/a/thanks.md", name: "thanks", action: null, subject: "", body: "" },
      { id: "T/z/Apology.md", name: "Apology", action: null, subject: "", body: "" },
    ];
    const expected = ["T/z/Apology.md", "T/a/thanks.md", "T/b/Thanks.md"];
    const ids = (list: EmailTemplate[]) =>
      allTemplates(list)
        .slice(-3)
        .map((x) => x.id);
    expect(ids(mine)).toEqual(expected);
    expect(ids([...mine].reverse())).toEqual(expected);
    expect(ids([mine[1]!, mine[2]!, mine[0]!])).toEqual(expected);
  });

  it("keep their order when no follow-up is due", () => {
    const all = allTemplates([{ id: "T/a.md", name: "a", action: null, subject: "", body: "" }]);
    expect(templatesFirstFor(all, null)).toEqual(all);
    expect(templatesFirstFor(all, null)).not.toBe(all);
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
      "built-in:reconnect",
      "built-in:offer-more-time",
      "built-in:offer-accept",
      "built-in:offer-decline",
      "built-in:offer-heads-up",
      "T/a.md",
      "T/b.md",
      "T/c.md",
    ]);
    expect(templatesFirstFor(all, "thank-you").map((x) => x.id)[0]).toBe("T/b.md");
    expect(templatesFirstFor(allTemplates([]), "rejection-reply").map((x) => x.id)).toEqual([
      "built-in:rejection-reply",
      "built-in:thank-you",
      "built-in:follow-up",
      "built-in:reconnect",
      "built-in:offer-more-time",
      "built-in:offer-accept",
      "built-in:offer-decline",
      "built-in:offer-heads-up",
    ]);
  });
});

describe("the clipboard text", () => {
  it("copy as subject and body", () => {
    expect(emailText({ subject: "S", body: "B", missing: [] })).toBe("Subject: S\n\nB");
  });
});
