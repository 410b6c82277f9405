/** The Markdown stack (react-markdown + remark + KaTeX), loaded only when something is not pre-rendered. */
import Markdown from 'react-markdown';
import { markdownOptions } from '@/lib/markdown-options';

export default function LiveMarkdown({ md }: { md: string }) {
  return <Markdown {...markdownOptions}>{md}</Markdown>;
}
