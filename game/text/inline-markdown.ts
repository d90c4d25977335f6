/**
 * The reports' paragraphs keep their markdown: "*absolute*" emphasis and "[forced](#)" links whose targets were
 * lost. A student should read neither the asterisks nor the brackets (second review, finding 43): this splits a
 * text into plain and emphasised runs, a link reduced to its words. Pure, for the page and its tests.
 */
export interface InlineRun {
  text: string;
  em: boolean;
}

/** `*word*` or `**word**` (not a lone asterisk, as in a footnote mark), and `[words](target)`. */
const EMPHASIS = /\*{1,2}([^*\s][^*]*?)\*{1,2}/g;
const LINK = /\[([^\]]+)\]\([^)]*\)/g;

export function inlineRuns(text: string): InlineRun[] {
  const plain = text.replace(LINK, '$1');
  const runs: InlineRun[] = [];
  let from = 0;
  for (const match of plain.matchAll(EMPHASIS)) {
    const at = match.index ?? 0;
    if (at > from) runs.push({ text: plain.slice(from, at), em: false });
    runs.push({ text: match[1] ?? '', em: true });
    from = at + match[0].length;
  }
  if (from < plain.length) runs.push({ text: plain.slice(from), em: false });
  return runs;
}
