/**
 * Hash routing: `#/series/3`, `#/articles/7?claim=12`. Hash routes never collide with the
 * API's paths, so the server needs no fallback route.
 */
import { useEffect, useState } from 'preact/hooks';

export interface Route {
  path: string[];
  params: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const [p, q = ''] = raw.split('?', 2);
  return { path: p.split('/').filter(Boolean).map(decodeURIComponent), params: new URLSearchParams(q) };
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const on = (): void => setRoute(parseHash(location.hash));
    addEventListener('hashchange', on);
    return () => removeEventListener('hashchange', on);
  }, []);
  return route;
}

export function href(path: string, params?: Record<string, string | number | undefined | null>): string {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params ?? {})) if (v !== undefined && v !== null && v !== '') u.set(k, String(v));
  const q = u.toString();
  return `#/${path.replace(/^\//, '')}${q ? `?${q}` : ''}`;
}

export function go(path: string, params?: Record<string, string | number | undefined | null>): void {
  location.hash = href(path, params);
}
