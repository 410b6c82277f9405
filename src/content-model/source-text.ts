/**
 * The bank text plus helpers to cut Markdown out of it by mdast positions.
 * Fields keep the author's Markdown exactly (math, code, emphasis), so nothing is re-serialised.
 */
import type { Node } from 'mdast';

export interface Point {
  line: number;
  column: number;
}

export class SourceText {
  constructor(
    readonly text: string,
    readonly file: string,
  ) {}

  start(node: Node): Point {
    return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
  }

  /** Source of a node, or of a run of nodes from `from` to `to` inclusive. */
  slice(from: Node, to: Node = from): string {
    const a = from.position?.start.offset ?? 0;
    const b = to.position?.end.offset ?? a;
    return this.text.slice(a, b);
  }

  /** Source between two offsets. */
  between(a: number, b: number): string {
    return this.text.slice(a, b);
  }

  /**
   * Source of nested nodes (inside a list item), with the item's indentation removed
   * so that the result reads as top-level Markdown.
   */
  sliceDedented(from: Node, to: Node = from): string {
    const indent = (from.position?.start.column ?? 1) - 1;
    const raw = this.slice(from, to);
    if (indent === 0) return raw;
    const prefix = new RegExp(`^[ \\t]{0,${indent}}`);
    return raw
      .split('\n')
      .map((line, i) => (i === 0 ? line : line.replace(prefix, '')))
      .join('\n');
  }
}
