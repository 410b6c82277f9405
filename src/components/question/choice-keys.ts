/**
 * Keys that choose options by their display position: 1–9, and A–E as letters. Letters stop at E so
 * that F (flag) and H (hint) keep their meaning on the pages that use them.
 */
export function choiceKeys(choose: (position: number) => void): Record<string, () => void> {
  const map: Record<string, () => void> = {};
  for (let i = 0; i < 9; i++) {
    map[String(i + 1)] = () => choose(i);
    if (i < 5) map[String.fromCharCode(97 + i)] = () => choose(i);
  }
  return map;
}

/** The keys chosen after pressing the option at `key`: MCQ replaces, MSQ toggles. */
export function toggleChoice(type: 'mcq' | 'msq', current: readonly string[], key: string): string[] {
  if (type === 'mcq') return [key];
  return current.includes(key) ? current.filter((k) => k !== key) : [...current, key];
}
