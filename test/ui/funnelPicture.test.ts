// The funnel's arithmetic on its own: widths, shares and words for any figures, bad ones too.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { FunnelFigures } from "../../src/domain/insights";
import { daysText, formatCount, funnelPicture, shareOf, widthOf } from "../../src/ui/funnelPicture";

const figures = (
  interviewed: number,
  heardBack: number,
  offers: number,
  medianDaysToAnswer: number | null = null,
): FunnelFigures => ({ interviewed, heardBack, offers, medianDaysToAnswer });

/** Any number a careless caller could hand over. */
const anyNumber = fc.oneof(
  fc.double(),
  fc.integer({ min: -10, max: 1_000 }),
  fc.constantFrom(0, -0, NaN, Infinity, -Infinity, Number.MAX_VALUE, Number.MIN_VALUE, 1e21),
);

describe("funnelPicture", () => {
  it("says the issue's example in one sentence", () => {
    const picture = funnelPicture(figures(12, 7, 2, 6));
    expect(picture.summary).toBe(
      "12 interviews, 7 heard back (58%), 2 offers (17%); median 6 days to an answer",
    );
    expect(picture.median).toBe("Median answer: 6 days");
    expect(picture.stages.map((s) => [s.label, s.share])).toEqual([
      ["12 interviews", ""],
      ["7 heard back", "58%"],
      ["2 offers", "17%"],
    ]);
    const [all, heard, offers] = picture.stages;
    expect(all?.width).toBe(100);
    expect(heard?.width).toBeCloseTo((7 / 12) * 100);
    expect(offers?.width).toBeCloseTo((2 / 12) * 100);
    // Centred: a funnel.
    expect(heard?.x).toBeCloseTo((100 - (heard?.width ?? 0)) / 2);
  });

  it("says plainly that there is nothing yet, and draws nothing", () => {
    for (const f of [
      figures(0, 0, 0),
      figures(0, 5, 3, 4),
      figures(-3, 1, 1),
      figures(NaN, 1, 1),
    ]) {
      const picture = funnelPicture(f);
      expect(picture.empty).toBe(true);
      expect(picture.stages).toEqual([]);
      expect(picture.summary).toBe("No interviews yet");
    }
  });

  it("says no answers yet when there is no median, and nothing heard back draws no bar", () => {
    const picture = funnelPicture(figures(3, 0, 0, null));
    expect(picture.summary).toBe("3 interviews, 0 heard back (0%), 0 offers (0%); no answers yet");
    expect(picture.median).toBe("No answers yet");
    expect(picture.stages.map((s) => s.width)).toEqual([100, 0, 0]);
  });

  it("uses the singular for one", () => {
    expect(funnelPicture(figures(1, 1, 1, 1)).summary).toBe(
      "1 interview, 1 heard back (100%), 1 offer (100%); median 1 day to an answer",
    );
  });

  it("clamps figures that contradict each other (more heard back than interviewed)", () => {
    const picture = funnelPicture(figures(4, 9, 12, 3));
    expect(picture.stages.map((s) => s.label)).toEqual([
      "4 interviews",
      "4 heard back",
      "4 offers",
    ]);
    expect(picture.stages.map((s) => s.width)).toEqual([100, 100, 100]);
    // Offers are part of those heard back.
    expect(funnelPicture(figures(10, 2, 5)).stages[2]?.label).toBe("2 offers");
  });

  it("keeps huge numbers short enough for a narrow sidebar", () => {
    const picture = funnelPicture(figures(1e21, 5e20, 1, 1e9));
    expect(picture.stages[0]?.label).toBe(">999T interviews");
    expect(picture.stages[1]?.share).toBe("50%");
    expect(picture.stages[2]?.share).toBe("<1%");
    expect(picture.stages[2]?.width).toBeGreaterThan(0);
    expect(picture.median).toBe("Median answer: 1B days");
    expect(funnelPicture(figures(123_456, 0, 0)).stages[0]?.label).toBe("123.5K interviews");
    expect(funnelPicture(figures(12_345, 0, 0)).stages[0]?.label).toBe("12,345 interviews");
  });

  it("never draws a negative, NaN or over-wide bar, nor one outside the picture", () => {
    fc.assert(
      fc.property(anyNumber, anyNumber, anyNumber, fc.option(anyNumber), (i, h, o, m) => {
        const picture = funnelPicture(figures(i, h, o, m));
        expect(picture.summary).not.toMatch(/NaN|Infinity|undefined|-\d/);
        expect(picture.median).not.toMatch(/NaN|Infinity|undefined|-\d/);
        let previous = 100;
        for (const stage of picture.stages) {
          expect(Number.isFinite(stage.width) && Number.isFinite(stage.x)).toBe(true);
          expect(stage.width).toBeGreaterThanOrEqual(0);
          expect(stage.width).toBeLessThanOrEqual(previous);
          expect(stage.x).toBeGreaterThanOrEqual(0);
          expect(stage.x + stage.width).toBeLessThanOrEqual(100 + 1e-9);
          expect(stage.label).not.toMatch(/NaN|Infinity|undefined|-\d/);
          expect(stage.label.length).toBeLessThanOrEqual(20);
          previous = stage.width;
        }
        for (const stage of picture.stages) expect(stage.barY).toBeLessThan(picture.height);
      }),
    );
  });
});

describe("the parts", () => {
  it("shares: 0 of 0 is no share, some is never 0%, fewer than all never 100%", () => {
    expect(shareOf(0, 0)).toBe("");
    expect(shareOf(5, 0)).toBe("");
    expect(shareOf(0, 5)).toBe("0%");
    expect(shareOf(1, 1000)).toBe("<1%");
    expect(shareOf(999, 1000)).toBe(">99%");
    expect(shareOf(1000, 1000)).toBe("100%");
    expect(shareOf(1, 3)).toBe("33%");
  });

  it("widths: nothing is 0, something is at least a sliver, never over 100", () => {
    expect(widthOf(0, 10)).toBe(0);
    expect(widthOf(3, 0)).toBe(0);
    expect(widthOf(1, 1e9)).toBe(2);
    expect(widthOf(20, 10)).toBe(100);
  });

  it("days: a half kept as the command line keeps it (never rounded), none without a figure", () => {
    expect(daysText(null)).toBeNull();
    expect(daysText(NaN)).toBeNull();
    expect(daysText(0)).toBe("under a day");
    expect(daysText(-5)).toBe("under a day");
    expect(daysText(0.5)).toBe("0.5 days");
    expect(daysText(1)).toBe("1 day");
    expect(daysText(6.5)).toBe("6.5 days");
    expect(daysText(1234.5)).toBe("1,234.5 days");
    expect(daysText(Infinity)).toBe("too many days to count");
  });

  it("days: every median the insights can give (a whole number or a half) reads as its number", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 199_999 }), (halves) => {
        const days = halves / 2;
        const text = daysText(days) ?? "";
        const figure = Number(text.replace(/ days?$/, "").replaceAll(",", ""));
        expect(figure).toBe(days);
      }),
    );
  });

  it("counts: grouped, then compact", () => {
    expect(formatCount(0)).toBe("0");
    expect(formatCount(99_999)).toBe("99,999");
    expect(formatCount(100_000)).toBe("100K");
    expect(formatCount(2.5e6)).toBe("2.5M");
  });
});
