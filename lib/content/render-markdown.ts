import { Marked } from "marked";

// Content is written by the clinic and reviewed in the repository, never by the
// public, so its HTML is trusted. Raw HTML in Markdown is still refused, to keep
// pages consistent and accessible.
const marked = new Marked({
  gfm: true,
  renderer: {
    html: () => "",
  },
});

export function renderMarkdown(markdown: string): string {
  return marked.parse(markdown, { async: false });
}
