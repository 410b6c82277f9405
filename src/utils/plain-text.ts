/** Markdown → one line of plain text for previews and titles. Not a renderer: drops syntax, keeps words. */
export function plainText(md: string, max = 160): string {
  const text = md
    .replace(/```[\s\S]*?```/g, ' [code] ')
    .replace(/\$\$([\s\S]*?)\$\$/g, ' $1 ')
    .replace(/\$([^$\n]*)\$/g, '$1')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\\(text|mathrm|frac|times|cdot)\b/g, ' ')
    .replace(/[*_`#>|{}\\]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
