/**
 * Renders its children once their place comes within `margin` of the viewport, and from then on
 * keeps them. For heavy sections far down a page (the lab's question maker pulls in KaTeX and the
 * Markdown renderer): the page is interactive sooner, and a reader who never scrolls there never
 * pays for them. Until then a placeholder of `minHeight` holds the place, so the scrollbar and
 * everything above stay put. Without IntersectionObserver it renders at once.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  /** Height reserved before the children render, as CSS (e.g. "24rem"). */
  minHeight: string;
  /** How far outside the viewport rendering starts, as a CSS margin. */
  margin?: string;
  /** Lets tests and scripts find the placeholder (to scroll to it). */
  testId?: string;
}

export function WhenNearView({ children, minHeight, margin = '600px', testId }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const el = ref.current;
    if (near || !el) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), { rootMargin: margin });
    observer.observe(el);
    return () => observer.disconnect();
  }, [near, margin]);
  if (near) return <>{children}</>;
  return <div ref={ref} style={{ minHeight }} data-testid={testId} />;
}
