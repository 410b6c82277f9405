/**
 * A lazily loaded component whose loader can be called early (`preload`), and which renders the
 * loaded component directly once it is in. `React.lazy` alone suspends on its first render even
 * when the module has already arrived: a page would paint "Loading…" first, and React would then
 * hold the real content back for its Suspense throttle (300 ms).
 */
import { createElement, lazy, useState, type ComponentType } from 'react';

export type Loader<P> = () => Promise<{ default: ComponentType<P> }>;

export function preloadable<P extends object>(load: Loader<P>): ComponentType<P> & { preload: Loader<P> } {
  let loaded: ComponentType<P> | undefined;
  const preload: Loader<P> = () =>
    load().then((m) => {
      loaded = m.default;
      return m;
    });
  const Lazy = lazy(preload);
  // The choice is made once per mount: switching from Lazy to the loaded component later would be
  // a different element type, and React would remount the component (losing its state).
  const Preloadable = (props: P) => {
    const [Component] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return createElement(Component, props);
  };
  return Object.assign(Preloadable, { preload });
}
