/** `?` opens the list of keyboard shortcuts, from anywhere. */
import { useRef } from 'react';
import { useHotkeys } from '@/components/ui/useHotkeys';

const GROUPS: [string, [string, string][]][] = [
  ['Everywhere', [['?', 'This list'], ['Tab / Shift+Tab', 'Move between controls']]],
  ['Reading a question', [['S', 'Show or hide the answer'], ['← →', 'Previous / next question in the bank']]],
  [
    'Practice and review',
    [
      ['1–9 or A–E', 'Choose an option (toggle for multiple select)'],
      ['Enter', 'Check, then go on'],
      ['H', 'Hint: rule one wrong option out'],
      ['1–4 after checking', 'Grade: Again, Hard, Good, Easy'],
      ['← →', 'Previous / skip'],
    ],
  ],
  [
    'Exam',
    [
      ['1–9 or A–E', 'Choose an option'],
      ['← →', 'Previous / next question'],
      ['F', 'Flag for later'],
    ],
  ],
  ['Flashcards', [['Space', 'Flip the card'], ['← →', 'Previous / next card']]],
];

export function ShortcutsDialog() {
  const ref = useRef<HTMLDialogElement>(null);
  useHotkeys({ '?': () => (ref.current?.open ? ref.current.close() : ref.current?.showModal()) });
  return (
    <dialog ref={ref} className="confirm shortcuts" aria-labelledby="shortcuts-title">
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      {GROUPS.map(([group, keys]) => (
        <section key={group}>
          <h3>{group}</h3>
          <dl>
            {keys.map(([k, what]) => (
              <div key={k}>
                <dt>
                  <kbd>{k}</kbd>
                </dt>
                <dd>{what}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <form method="dialog">
        <button className="btn primary" autoFocus>
          Close
        </button>
      </form>
    </dialog>
  );
}
