import { expect } from 'vitest';
import type { View } from './client.ts';

/** What the test knows that a student must not see: the seed, other teams' members, private markers. */
export interface Secrets {
  seed: number;
  /** member id -> role, for every member of every team */
  members: Map<string, string>;
  /** marker text -> the two roles that may read it (sender and addressee) */
  privateText: Map<string, [string, string]>;
}

const STUDENT_KEYS = [
  'controller',
  'game',
  'legal',
  'messages',
  'proposals',
  'publicLog',
  'roles',
  'settings',
  'team',
];

/** The checks of CLASSROOM.md on one view a student received. */
export function expectPrivate(view: View, role: string, secrets: Secrets): void {
  expect(view.role).toBe(role);
  const text = JSON.stringify(view);
  expect(text).not.toMatch(/"seed"/);
  expect(text).not.toContain(String(secrets.seed));
  expect(Object.keys(view.view).sort()).toEqual(STUDENT_KEYS);
  const { game, team, messages, proposals, roles } = view.view;
  expect(game.hashes).toEqual([]);
  expect(game.state.meta.seed).toBeUndefined();
  for (const [actor, pending] of Object.entries(game.state.pending))
    if (actor !== role) expect(pending).toBeNull();
  for (const [actor, state] of Object.entries(game.state.actors as Record<string, { score: unknown }>))
    if (actor !== role) expect(state.score).toBeNull();
  for (const m of messages) expect(m.from === role || m.to === role || m.to === 'all').toBe(true);
  for (const p of proposals) expect(p.from === role || p.to === role).toBe(true);
  for (const r of roles) expect(Object.keys(r).sort()).toEqual(['controller', 'decided', 'members', 'role']);
  if (team.decision) expect(secrets.members.get(team.decision.byMember) ?? role).toBe(role);
  for (const [id, owner] of secrets.members) if (owner !== role) expect(text).not.toContain(id);
  for (const [marker, readers] of secrets.privateText)
    if (!readers.includes(role)) expect(text).not.toContain(marker);
}
