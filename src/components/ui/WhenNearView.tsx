/**
 * Renders its children once their place comes within `margin` of the viewport, and from then on
 * keeps them. For heavy sections far down a page (the lab's question maker pulls in KaTeX and the
 * Markdown renderer): the page is interactive sooner, and a reader who never scrolls there never
 * pays for them. Until then `placeholder` holds the place: give it the section's heading and a
 * button that calls `show`, so that keyboard and screen-reader users find the section in order
 * and can open it without scrolling. Without IntersectionObserver the children render at once.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  placeholder: (show: () => void) => ReactNode;
  /** Height reserved before the children render, as CSS (e.g. "24rem"), so nothing moves when they do. */
  minHeight: string;
  /** How far outside the viewport rendering starts, as a CSS margin. */
  margin?: string;
}

export function WhenNearView({ children, placeholder, minHeight, margin = '600px' }: Props) {
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
  return (
    <div ref={ref} style={{ minHeight }}>
      {placeholder(() => setNear(true))}
    </div>
  );
}
