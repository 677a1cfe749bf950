import { decodeHTMLAttribute } from "entities";
import { Marked } from "marked";

// Content is written by the clinic and reviewed in the repository, never by the
// public. Still, a page is only as safe as its least careful edit: raw HTML in
// Markdown is refused (to keep pages consistent and accessible), and a link or
// image whose address is not http, https, mailto or relative is dropped, its
// text kept.
const ALLOWED_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);
// Resolves relative addresses; a relative link (no scheme) keeps this protocol.
const RELATIVE_BASE = "https://relative.invalid/";

/**
 * True when the browser would follow `href` to an allowed protocol. Marked
 * writes the address into the attribute with its character references left as
 * typed, so it is decoded as the browser decodes an attribute, then parsed by
 * the WHATWG URL parser, which (as the browser's) drops tabs and newlines and
 * reads the scheme in any case: `java&#10;script:` and `JAVASCRIPT:` alike.
 */
export function isAllowedHref(href: string): boolean {
  try {
    return ALLOWED_PROTOCOLS.has(new URL(decodeHTMLAttribute(href), RELATIVE_BASE).protocol);
  } catch {
    return false;
  }
}

const marked = new Marked({
  gfm: true,
  renderer: {
    html: () => "",
    // `false` falls back to marked's own renderer for allowed addresses.
    link({ href, tokens }) {
      return isAllowedHref(href) ? false : this.parser.parseInline(tokens);
    },
    image({ href, text }) {
      return isAllowedHref(href) ? false : escapeText(text);
    },
  },
});

function escapeText(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function renderMarkdown(markdown: string): string {
  return marked.parse(markdown, { async: false });
}
