/** Which page an address opens: the classroom's two, or the single-screen game (every other path). */
export type Route = 'teach' | 'join' | 'game';

export function routeOf(pathname: string): Route {
  const path = pathname.replace(/\/+$/, '');
  if (path.endsWith('/teach')) return 'teach';
  if (path.endsWith('/join')) return 'join';
  return 'game';
}
