import { Parser } from "htmlparser2";
import { describe, expect, it } from "vitest";

import { renderMarkdown } from "./render-markdown";

// What a browser would follow: every href and src in the rendered HTML, with
// entities decoded as an attribute's value is.
function targets(html: string): string[] {
  const found: string[] = [];
  const parser = new Parser({
    onopentag: (_name, attributes) => {
      for (const name of ["href", "src"]) if (attributes[name] !== undefined) found.push(attributes[name]);
    },
  });
  parser.end(html);
  return found;
}

describe("renderMarkdown links", () => {
  it.each([
    ["javascript:", "[a](javascript:alert(1))"],
    ["upper case", "[a](JAVASCRIPT:alert(1))"],
    ["mixed case", "[a](JaVaScRiPt:alert(1))"],
    ["tab inside (angle brackets)", "[a](<java\tscript:alert(1)>)"],
    ["newline entity inside", "[a](java&#10;script:alert(1))"],
    ["tab entity inside", "[a](java&Tab;script:alert(1))"],
    ["leading space entity", "[a](&#32;javascript:alert(1))"],
    ["decimal entity", "[a](&#106;avascript:alert(1))"],
    ["hex entity", "[a](&#x6A;avascript:alert(1))"],
    ["entity without semicolon", "[a](&#106avascript:alert(1))"],
    ["named colon entity", "[a](javascript&colon;alert(1))"],
    ["autolink", "<javascript:alert(1)>"],
    ["reference link", "[a][r]\n\n[r]: javascript:alert(1)"],
    ["data:", "[a](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"],
    ["vbscript:", "[a](vbscript:msgbox(1))"],
    ["image", "![x](javascript:alert(1))"],
    ["image data:", "![x](data:image/svg+xml,<svg/onload=alert(1)>)"],
  ])("drops a %s link and keeps its text", (_name, markdown) => {
    const html = renderMarkdown(markdown);
    expect(targets(html), html).toEqual([]);
  });

  it("keeps the link text of a dropped link", () => {
    expect(renderMarkdown("[see this](javascript:alert(1))")).toBe("<p>see this</p>\n");
  });

  it.each([
    ["https", "[a](https://www.nhs.uk/conditions/)", "https://www.nhs.uk/conditions/"],
    ["http", "[a](http://example.org/x)", "http://example.org/x"],
    ["mailto", "[a](mailto:hello@stride-clinic.example)", "mailto:hello@stride-clinic.example"],
    ["relative", "[a](/conditions/runners-knee)", "/conditions/runners-knee"],
    ["fragment", "[a](#when-to-get-help)", "#when-to-get-help"],
    ["query with &amp;", "[a](/book?a=1&amp;b=2)", "/book?a=1&b=2"],
    ["bare web address", "see https://www.nhs.uk/", "https://www.nhs.uk/"],
  ])("keeps a %s link", (_name, markdown, href) => {
    expect(targets(renderMarkdown(markdown))).toEqual([href]);
  });
});
