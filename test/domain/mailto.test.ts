// Mail links (src/domain/mailto.ts): every part encoded, the body left out past 1,800
// characters, the subject shortened at a whole character when even it does not fit, and no text
// from a note, however broken (lone surrogates), able to make it throw.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAILTO_LIMIT, mailtoLink } from "../../src/domain/mailto";
import { wellFormed } from "../../src/domain/text";
import { PROPERTY_RUNS } from "../support/propertyRuns";

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

  it("keep a body that makes the link exactly 1,800 characters, and leave out one more", () => {
    const base = "mailto:a%40b.example?subject=Hi&body=";
    const fits = mailtoLink("a@b.example", "Hi", "x".repeat(1800 - base.length));
    expect(fits.href).toHaveLength(1800);
    expect(fits.bodyLeftOut).toBe(false);
    expect(mailtoLink("a@b.example", "Hi", "x".repeat(1801 - base.length)).bodyLeftOut).toBe(true);
  });

  it("shorten a subject too long for the link after a whole character, ending with an ellipsis", () => {
    const subject = "é".repeat(1000); // 6 characters each, encoded
    const link = mailtoLink("a@b.example", subject, "Body");
    expect(link).toMatchObject({
      bodyLeftOut: true,
      subjectShortened: true,
      addressLeftOut: false,
    });
    expect(link.href.length).toBeLessThanOrEqual(MAILTO_LIMIT);
    expect(link.href.length).toBeGreaterThan(MAILTO_LIMIT - 6);
    const shown = new URL(link.href).searchParams.get("subject") ?? "";
    expect(shown.endsWith("…")).toBe(true);
    expect(subject.startsWith(shown.slice(0, -1))).toBe(true);
  });

  it("never cut a family emoji or a letter with its accent in two", () => {
    const family = "👨‍👩‍👧‍👦";
    const accented = "e\u0301";
    for (const unit of [family, accented]) {
      for (let pad = 0; pad < 30; pad++) {
        const subject =
          "x".repeat(pad) + unit.repeat(Math.ceil(2000 / encodeURIComponent(unit).length));
        const shown = new URL(mailtoLink("", subject, "").href).searchParams.get("subject") ?? "";
        expect(shown.slice(pad, -1).length % unit.length).toBe(0);
        expect(shown.slice(pad, -1).split(unit).join("")).toBe("");
      }
    }
  });

  it("leave out an address that cannot fit, keeping a link that opens", () => {
    expect(mailtoLink("a".repeat(3000), "Hi", "Body")).toEqual({
      href: "mailto:?subject=Hi&body=Body",
      addressLeftOut: true,
      bodyLeftOut: false,
      subjectShortened: false,
    });
  });

  it("replace lone surrogates instead of throwing, and keep whole pairs", () => {
    expect(wellFormed("a\uD800b\uDC00c\uD83D")).toBe("a\uFFFDb\uFFFDc\uFFFD");
    expect(wellFormed("🚀\uDC00\uD83D🚀")).toBe("🚀\uFFFD\uFFFD🚀");
    const plain = "no surrogates";
    expect(wellFormed(plain)).toBe(plain);
    const link = mailtoLink("j\uD800@x.example", "Hi \uDFFF", "Body \uD83D");
    expect(decodeURIComponent(link.href)).toBe(
      "mailto:j\uFFFD@x.example?subject=Hi \uFFFD&body=Body \uFFFD",
    );
  });
});

/** Any text, from UTF-16 units (lone surrogates included), emoji and %-heavy text mixed. */
const textArb = fc.oneof(
  fc.string({ unit: "binary", maxLength: 400 }),
  fc.string({
    unit: fc.constantFrom(
      "%",
      "25",
      "%E2",
      "🚀",
      "👨‍👩‍👧",
      "e\u0301",
      "\uD800",
      "\uDC00",
      "&",
      "=",
      "\r\n",
      "\n",
      " ",
    ),
    maxLength: 1500,
  }),
  fc.string({ unit: "grapheme", maxLength: 1200 }),
);

describe("any text (property tests)", () => {
  it("never throws, stays within 1,800 characters, and decodes back to what it was given", () => {
    fc.assert(
      fc.property(textArb, textArb, textArb, (to, subject, body) => {
        const link = mailtoLink(to, subject, body);
        expect(link.href.length).toBeLessThanOrEqual(MAILTO_LIMIT);
        const decoded = decodeURIComponent(link.href);
        const [address, query = ""] = link.href.slice("mailto:".length).split("?subject=");
        expect(decodeURIComponent(address ?? "")).toBe(link.addressLeftOut ? "" : wellFormed(to));
        const [shownSubject = "", shownBody] = query.split("&body=");
        const subjectText = decodeURIComponent(shownSubject);
        if (link.subjectShortened) {
          expect(subjectText.endsWith("…")).toBe(true);
          expect(wellFormed(subject).startsWith(subjectText.slice(0, -1))).toBe(true);
        } else expect(subjectText).toBe(wellFormed(subject));
        if (link.bodyLeftOut) expect(shownBody).toBeUndefined();
        else
          expect(decodeURIComponent(shownBody ?? "")).toBe(
            wellFormed(body).replace(/\r?\n/g, "\r\n"),
          );
        expect(decoded.startsWith("mailto:")).toBe(true);
        // The body goes only when it must, and the subject is cut only when it must.
        if (link.bodyLeftOut)
          expect(
            link.href.length +
              6 +
              encodeURIComponent(wellFormed(body).replace(/\r?\n/g, "\r\n")).length,
          ).toBeGreaterThan(MAILTO_LIMIT);
      }),
      PROPERTY_RUNS,
    );
  });

  it("makes any text well formed, changing only lone surrogates", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (text) => {
        const fixed = wellFormed(text);
        expect(fixed).toHaveLength(text.length);
        expect(() => encodeURIComponent(fixed)).not.toThrow();
        // Node's own String.prototype.toWellFormed as the reference.
        const reference = (text as unknown as { toWellFormed(): string }).toWellFormed();
        expect(fixed).toBe(reference);
      }),
      PROPERTY_RUNS,
    );
  });
});
