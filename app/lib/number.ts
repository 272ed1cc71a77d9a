/**
 * A number from what a person types, the Dutch way first: "12,5" and "1.250,75" and
 * "-0,3". English habits are read where they cannot be mistaken for Dutch ("12.5",
 * "1,250.75"). As with euro amounts (parseEuroToCents), a lone dot before exactly three
 * digits groups thousands ("1.250" is 1250); a lone comma is always the decimal comma
 * ("0,125" is 0.125). Null for anything that is not a number, so the form can say so.
 */
export function parseDecimal(input: string): number | null {
  const text = input.replace(/[\s\u00a0\u202f]/g, "").replace(/^[\u2212\u2013]/, "-");
  const match = /^([+-]?)(\d[\d.,]*)$/.exec(text);
  if (!match) return null;
  const [, sign = "", digits = ""] = match;
  const { decimal, grouping } = separatorsOf(digits);
  const [whole = "", fraction, ...rest] = decimal ? digits.split(decimal) : [digits];
  if (rest.length > 0) return null;
  if (fraction !== undefined && !/^\d+$/.test(fraction)) return null;
  if (!isGrouped(whole, grouping)) return null;
  const value = Number(`${sign}${whole.replaceAll(grouping, "")}${fraction !== undefined ? `.${fraction}` : ""}`);
  return Number.isFinite(value) ? value : null;
}

function separatorsOf(text: string): { decimal: "," | "." | null; grouping: "," | "." } {
  const commas = text.split(",").length - 1;
  const dots = text.split(".").length - 1;
  if (commas > 0 && dots > 0) {
    return text.lastIndexOf(",") > text.lastIndexOf(".") ? { decimal: ",", grouping: "." } : { decimal: ".", grouping: "," };
  }
  if (commas === 1) return { decimal: ",", grouping: "." };
  if (commas > 1) return { decimal: null, grouping: "," };
  if (dots === 1 && !/\.\d{3}$/.test(text)) return { decimal: ".", grouping: "," };
  return { decimal: null, grouping: "." };
}

function isGrouped(whole: string, grouping: string): boolean {
  if (/^\d+$/.test(whole)) return true;
  const separator = grouping === "." ? "\\." : ",";
  return new RegExp(`^\\d{1,3}(?:${separator}\\d{3})+$`).test(whole);
}

const FORMATS = new Map<string, Intl.NumberFormat>();

/** A number as people read it: "12,5" and "1.250" in Dutch, "12.5" and "1,250" in English. */
export function formatDecimal(value: number, locale: "nl" | "en"): string {
  let format = FORMATS.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale === "nl" ? "nl-NL" : "en-GB", { maximumFractionDigits: 2 });
    FORMATS.set(locale, format);
  }
  return format.format(value);
}
