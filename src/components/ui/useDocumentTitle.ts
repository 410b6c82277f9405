import { useEffect } from 'react';

/** Sets the tab title to "<title> · TinyPrep". */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · TinyPrep` : 'TinyPrep — TinyML & edge-AI interview prep';
  }, [title]);
}
