/**
 * Calculator state kept in the URL's query string, so that a link reproduces the calculation.
 * Values are the text the user typed (even invalid text), read with wouter's useSearchParams; writes
 * replace the history entry, so typing does not flood the back button.
 */
import { useCallback, useMemo } from 'react';
import { useLocation, useSearchParams } from 'wouter';
import { queryString } from '../lib/links';

export function useQueryState<K extends string>(defaults: Readonly<Record<K, string>>): [Record<K, string>, (patch: Partial<Record<K, string>>) => void] {
  const [params] = useSearchParams();
  const [location, navigate] = useLocation();
  const values = useMemo(() => {
    const v: Record<K, string> = { ...defaults };
    for (const k of Object.keys(defaults) as K[]) {
      const p = params.get(k);
      if (p !== null) v[k] = p;
    }
    return v;
  }, [params, defaults]);
  const set = useCallback(
    (patch: Partial<Record<K, string>>) => {
      navigate(`${location}?${queryString({ ...values, ...patch })}`, { replace: true });
    },
    [values, location, navigate],
  );
  return [values, set];
}
