/**
 * The HTML part of a message: the same words as the plain-text part, in one
 * readable column (large text, underlined links, a language set, no images), so
 * a screen reader or a phone gets what the text part says. Every value is escaped.
 */
export type HtmlBlock =
  { heading: string } | { paragraph: string } | { lines: string[] } | { link: string; label: string };

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

function block(b: HtmlBlock): string {
  if ("heading" in b) return `<h1 style="font-size:22px;line-height:1.3;margin:0 0 16px">${escape(b.heading)}</h1>`;
  if ("paragraph" in b) return `<p style="margin:0 0 16px">${escape(b.paragraph)}</p>`;
  if ("lines" in b) return `<p style="margin:0 0 16px">${b.lines.map(escape).join("<br>")}</p>`;
  // The address is shown too: a reader who cannot follow the link can copy it.
  return `<p style="margin:0 0 16px"><a href="${escape(b.link)}" style="color:#115e59;font-weight:600;text-decoration:underline">${escape(b.label)}</a><br><span style="font-size:14px;color:#334155;word-break:break-all">${escape(b.link)}</span></p>`;
}

export function htmlMail(title: string, blocks: HtmlBlock[], footer: string[]): string {
  return [
    "<!doctype html>",
    '<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escape(title)}</title></head>`,
    '<body style="margin:0;padding:0;background:#f8fafc">',
    '<div style="max-width:600px;margin:0 auto;padding:24px 16px;font-family:Arial,Helvetica,sans-serif;font-size:17px;line-height:1.5;color:#0f172a;background:#ffffff">',
    ...blocks.map(block),
    `<hr style="border:0;border-top:1px solid #cbd5e1;margin:24px 0 16px">`,
    `<p style="margin:0;font-size:15px;color:#334155">${footer.map(escape).join("<br>")}</p>`,
    "</div></body></html>",
  ].join("\n");
}

/** Plain text and HTML from one list of blocks, so the two parts always say the same. */
export function textAndHtml(title: string, opening: string, blocks: HtmlBlock[], footer: string[]) {
  const text = [
    opening,
    "",
    ...blocks.flatMap((b) =>
      "heading" in b ? [] : "paragraph" in b ? [b.paragraph, ""] : "lines" in b ? [...b.lines, ""] : [b.link, ""],
    ),
    ...footer,
  ].join("\n");
  return { text, html: htmlMail(title, [{ heading: title }, { paragraph: opening }, ...blocks], footer) };
}
