import { describe, expect, it } from "vitest";
import { csvField, toCsv } from "../../../app/lib/csv";

describe("csvField", () => {
  it("leaves plain text and numbers as they are", () => {
    expect(csvField("Huiswerkbegeleiding")).toBe("Huiswerkbegeleiding");
    expect(csvField("1250,50")).toBe("1250,50");
    expect(csvField(42)).toBe("42");
    expect(csvField(null)).toBe("");
    expect(csvField(undefined)).toBe("");
    expect(csvField("")).toBe("");
  });

  it("quotes fields holding the separator, quotes or line breaks, doubling the quotes", () => {
    expect(csvField("onderwijs; zorg")).toBe('"onderwijs; zorg"');
    expect(csvField('de "brede" school')).toBe('"de ""brede"" school"');
    expect(csvField("regel 1\nregel 2")).toBe('"regel 1\nregel 2"');
    expect(csvField("regel 1\r\nregel 2")).toBe('"regel 1\r\nregel 2"');
    expect(csvField("a,b")).toBe("a,b");
  });

  it("neutralises text a spreadsheet would run as a formula", () => {
    expect(csvField("=HYPERLINK(\"http://x\")")).toBe("\"'=HYPERLINK(\"\"http://x\"\")\"");
    expect(csvField("+31 6 1234")).toBe("'+31 6 1234");
    expect(csvField("-5")).toBe("'-5");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("\tcmd")).toBe("'\tcmd");
    expect(csvField("a=b")).toBe("a=b");
  });
});

describe("toCsv", () => {
  it("starts with a byte order mark and ends every record with CRLF", () => {
    const csv = toCsv([
      ["Titel", "Budget"],
      ["Schoolplein; groen", "1.250,00"],
    ]);
    expect(csv).toBe('\uFEFFTitel;Budget\r\n"Schoolplein; groen";1.250,00\r\n');
  });

  it("keeps empty fields in place", () => {
    expect(toCsv([["a", null, "", "b"]])).toBe("\uFEFFa;;;b\r\n");
  });
});
