// An address that carries a mail link's query, fragment or path after its domain
// (`mailto:jobs@acme.example?subject=Application` pasted from a careers page, or
// `jane@acme.example?cc=…`) is not an address: "Open in mail app" would put all of it in the
// message's To, where the mail app cannot send to it. The spec: "An email that does not look like
// one is a warning on the thank-you." A `?`, `#` or `/` in the part before the `@` is allowed
// (RFC 5322 lets a local part hold them), so those addresses still pass.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readInterview } from "../../src/domain/interview";
import { checkNewInterview } from "../../src/domain/newNote";
import { defaultSettings } from "../../src/domain/settings";
import { looksLikeEmail } from "../../src/domain/values";
import { PROPERTY_RUNS } from "../support/propertyRuns";

const settings = defaultSettings();

const label = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,8}$/);
const addressArb = fc
  .tuple(
    fc.stringMatching(/^[a-z0-9._+?#/=-]{1,10}$/),
    fc.array(label, { minLength: 2, maxLength: 3 }),
  )
  .map(([local, labels]) => `${local}@${labels.join(".")}`);
/** What follows an address in a URL: a query of header fields, a fragment or a path. */
const tailArb = fc
  .tuple(fc.constantFrom("?", "#", "/"), fc.string({ maxLength: 30 }))
  .map(([mark, rest]) => mark + rest.replace(/[\s@<>(),;:"[\]]/g, ""));

function warningFor(email: string): string | null {
  const reading = readInterview(
    "Interviews/a.md",
    { type: "interview", date: "2026-11-20T14:00", contact: "Jane", email },
    settings,
  );
  if (reading.kind !== "interview") throw new Error(reading.reason);
  return reading.interview.emailWarning;
}

describe("an address with a mail link's query, fragment or path after it", () => {
  it("does not look like an address, and the thank-you says so", () => {
    fc.assert(
      fc.property(addressArb, tailArb, fc.boolean(), (address, tail, prefixed) => {
        expect(looksLikeEmail(address)).toBe(true);
        expect(looksLikeEmail(address + tail)).toBe(false);
        const written = (prefixed ? "mailto:" : "") + address + tail;
        expect(warningFor(written)).toMatch(/does not look like an email address/);
        expect(checkNewInterview({ ...form, email: address + tail }).email).toBeDefined();
      }),
      PROPERTY_RUNS,
    );
  });

  it.each([
    ["mailto:jobs@acme.example?subject=Application", true],
    ["jane@acme.example?cc=boss%40acme.example", true],
    ["jane@acme.example#contact", true],
    ["jane@acme.example/careers", true],
    ["jane?jobs@acme.example", false],
    ["mailto:jane@acme.example", false],
  ])("%j is warned about: %s", (email, warned) => {
    expect(warningFor(email) !== null).toBe(warned);
  });
});

const form = {
  organization: "Acme",
  position: "Engineer",
  date: "2026-11-20",
  time: "14:00",
  contact: "Jane",
  email: "",
  previousRound: "",
};
