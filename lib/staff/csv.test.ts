import { describe, expect, it } from "vitest";

import { csvCell, csvRow } from "./csv";

describe("CSV export cells", () => {
  it.each(['=HYPERLINK("http://evil")', "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"])(
    "neutralises a formula: %j",
    (value) => {
      const cell = csvCell(value);
      expect(cell.replace(/^"/, "").startsWith("'")).toBe(true);
    },
  );

  it("quotes commas, quotes and line breaks", () => {
    expect(csvCell('said "ouch", then stopped')).toBe('"said ""ouch"", then stopped"');
    expect(csvCell("line one\nline two")).toBe('"line one\nline two"');
  });

  it("leaves plain values alone and ends rows with CRLF", () => {
    expect(csvRow(["Knee", 7, true, null])).toBe("Knee,7,true,\r\n");
  });
});
