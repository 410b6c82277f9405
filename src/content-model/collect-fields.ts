/**
 * Second pass: the blocks of one question → its fields, still as Markdown text.
 *
 * A block goes to the field currently open. Fields open with a bold label at the start
 * of a line (`**Answer:** B`, `**Answer**: …`, several per paragraph) or a field heading
 * (`### Solution:`). Before any label the open field is the prompt, where a list of
 * `A) …` items — or a paragraph `D) …` that continues such a list — gives the options.
 */
import type { List, ListItem, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { optionMarker } from './answers.ts';
import { fieldName, headingField, LONG_FIELDS, normalizeHeading, type FieldName } from './labels.ts';
import type { Point, SourceText } from './source-text.ts';

export type LongField = 'prompt' | 'answer' | 'explanation' | 'modelAnswer' | 'keyPoints';
export type MetaField = Exclude<FieldName, LongField>;

export interface Piece {
  md: string;
  node: RootContent;
  /** True for the text that followed a `**Problem:**` label in its own paragraph. */
  labelled?: boolean;
}

export interface OptionDraft {
  key: string;
  text: string;
  explanation?: string;
  at: Point;
}

export interface FieldDraft {
  prompt: Piece[];
  answer: Piece[];
  explanation: Piece[];
  modelAnswer: Piece[];
  keyPoints: { md: string; at: Point }[];
  /** First line after **Answer:** and where it was, for objective questions. */
  answerLine?: { text: string; at: Point };
  meta: Partial<Record<MetaField, { value: string; at: Point }>>;
  options: OptionDraft[];
  /** Fields given twice, reported by the builder. */
  repeated: { field: FieldName; at: Point }[];
}

interface Label {
  field: FieldName;
  /** Offset where the label starts, and where its value starts. */
  start: number;
  valueStart: number;
  at: Point;
}

/** Bold labels that start a line of this paragraph. */
function labelsOf(p: Paragraph): Label[] {
  const labels: Label[] = [];
  const kids = p.children;
  kids.forEach((child, i) => {
    if (child.type !== 'strong' || !child.position) return;
    const prev: PhrasingContent | undefined = kids[i - 1];
    // A label opens a line, or follows a "·", "|" or ";" that separates settings on one line.
    const atLineStart = i === 0 || prev?.type === 'break' || (prev?.type === 'text' && /(\n|[·|;])[ \t]*$/.test(prev.value));
    if (!atLineStart) return;
    const text = toString(child).trim();
    const next = kids[i + 1];
    let colonOutside = false;
    if (!text.endsWith(':')) {
      if (next?.type === 'text' && next.value.startsWith(':')) colonOutside = true;
      else return;
    }
    const field = fieldName(text);
    if (!field) return;
    const end = child.position.end.offset ?? 0;
    labels.push({
      field,
      start: child.position.start.offset ?? 0,
      valueStart: colonOutside ? end + 1 : end,
      at: { line: child.position.start.line, column: child.position.start.column },
    });
  });
  return labels;
}

const removeIndent = (text: string, indent: number): string =>
  indent <= 0 ? text : text.replace(new RegExp(`\\n[ \\t]{0,${indent}}`, 'g'), '\n');

export function collectFields(blocks: readonly RootContent[], src: SourceText): FieldDraft {
  const d: FieldDraft = { prompt: [], answer: [], explanation: [], modelAnswer: [], keyPoints: [], meta: {}, options: [], repeated: [] };
  let field: LongField = 'prompt';
  const seen = new Set<FieldName>();

  const open = (f: FieldName, at: Point) => {
    if (seen.has(f) && f !== 'explanation') d.repeated.push({ field: f, at });
    seen.add(f);
  };

  const addPiece = (md: string, node: RootContent, labelled = false) => {
    const text = md.trim();
    if (!text) return;
    if (field === 'keyPoints') {
      for (const point of text.split(/;\s+|\n+/)) if (point.trim()) d.keyPoints.push({ md: point.trim(), at: src.start(node) });
      return;
    }
    if (field === 'answer' && !d.answerLine) {
      d.answerLine = { text: text.split('\n')[0]!.trim(), at: src.start(node) };
    }
    d[field].push({ md: text, node, ...(labelled ? { labelled } : {}) });
  };

  /** `- A) …` items, all with consecutive letters from the next expected one. */
  const asOptions = (list: List): OptionDraft[] | null => {
    const opts: OptionDraft[] = [];
    for (const item of list.children) {
      const para = item.children[0];
      if (para?.type !== 'paragraph' || !para.position) return null;
      const body = src.slice(para);
      const marker = optionMarker(body);
      if (!marker || marker.key !== String.fromCharCode(65 + d.options.length + opts.length)) return null;
      opts.push(optionFrom(item, para, marker.key, marker.length));
    }
    return opts.length ? opts : null;
  };

  const optionFrom = (item: ListItem, para: Paragraph, key: string, markerLength: number): OptionDraft => {
    const indent = (para.position?.start.column ?? 1) - 1;
    const text = removeIndent(src.slice(para).slice(markerLength), indent).trim();
    const rest = item.children.slice(1);
    let explanation: string | undefined;
    if (rest.length) {
      const only = rest.length === 1 && rest[0]!.type === 'blockquote' ? rest[0].children : rest;
      explanation = only.length ? src.sliceDedented(only[0]!, only[only.length - 1]).replace(/^>\s?/gm, '').trim() : undefined;
    }
    return { key, text, ...(explanation ? { explanation } : {}), at: src.start(para) };
  };

  /** `A) …` lines: a whole paragraph of them, or one that continues a list of options. */
  const paragraphOptions = (p: Paragraph): OptionDraft[] | null => {
    const lines = src.slice(p).split('\n');
    const opts: OptionDraft[] = [];
    for (const line of lines) {
      const marker = optionMarker(line);
      const expected = String.fromCharCode(65 + d.options.length + opts.length);
      if (marker?.key === expected) {
        opts.push({ key: expected, text: line.slice(marker.length).trim(), at: { line: src.start(p).line + opts.length, column: 1 } });
      } else if (opts.length && !marker) {
        opts[opts.length - 1]!.text += `\n${line.trim()}`;
      } else return null;
    }
    // A single `D) …` paragraph counts only when it continues options already given.
    return opts.length >= 2 || (opts.length === 1 && d.options.length > 0) ? opts : null;
  };

  for (const node of blocks) {
    if (node.type === 'thematicBreak' || (node.type === 'html' && /^<!--[\s\S]*-->$/.test(node.value.trim()))) continue;
    if (node.type === 'heading') {
      const f = headingField(normalizeHeading(toString(node)));
      if (f) {
        open(f, src.start(node));
        field = f as LongField;
        continue;
      }
      addPiece(src.slice(node), node);
      continue;
    }
    if (node.type === 'list' && field === 'prompt') {
      const opts = asOptions(node);
      if (opts) {
        d.options.push(...opts);
        continue;
      }
    }
    if (node.type === 'list' && field === 'keyPoints') {
      for (const item of node.children) {
        if (item.children[0]) d.keyPoints.push({ md: src.sliceDedented(item.children[0]).trim(), at: src.start(item) });
      }
      continue;
    }
    if (node.type !== 'paragraph') {
      addPiece(src.slice(node), node);
      continue;
    }
    const labels = labelsOf(node);
    if (!labels.length) {
      const opts = field === 'prompt' ? paragraphOptions(node) : null;
      if (opts) d.options.push(...opts);
      else addPiece(src.slice(node), node);
      continue;
    }
    const pStart = node.position?.start.offset ?? 0;
    const pEnd = node.position?.end.offset ?? pStart;
    const before = src.between(pStart, labels[0]!.start);
    if (before.trim()) addPiece(before, node);
    labels.forEach((label, i) => {
      const value = src
        .between(label.valueStart, i + 1 < labels.length ? labels[i + 1]!.start : pEnd)
        .trim()
        .replace(/\s*[·|;]$/, '');
      open(label.field, label.at);
      if (LONG_FIELDS.has(label.field)) {
        field = label.field as LongField;
        addPiece(value, node, field === 'prompt');
      } else {
        d.meta[label.field as MetaField] = { value: value.replace(/\s+/g, ' '), at: label.at };
      }
    });
  }
  return d;
}
