import type { ContentSource } from '../../engine/index.ts';
import { newGame } from '../../engine/index.ts';
import type { SessionRecord, SessionStore } from '../store/types.ts';
import { applyEntry } from './apply.ts';
import type { Clock } from './clock.ts';
import { newModel } from './model.ts';
import { Session } from './session.ts';

/**
 * A session from its record and log: a new game from the stored config, then every entry applied in order by
 * the code that applied it live. Null when the game cannot be created any more (the scenario was removed).
 */
export async function rebuildSession(
  record: SessionRecord,
  store: SessionStore,
  clock: Clock,
  content: ContentSource,
): Promise<Session | null> {
  const { config } = record;
  const created = newGame(content, {
    scenario: config.scenario,
    variant: config.variant,
    seed: config.seed,
    humans: config.roles,
  });
  if (!created.ok) return null;
  const model = newModel(record.id, config, created.game);
  for (const entry of await store.readLog(record.id)) applyEntry(model, entry);
  // Members revoked in the store are out, even if a crash came between the kick and its entry (it cannot: one
  // transaction), so the store stays the authority on who holds a working token.
  for (const member of await store.listMembers(record.id)) {
    const known = model.members.get(member.id);
    if (known && member.revoked) known.removed = true;
  }
  if (record.endedAt !== null) model.ended = true;
  return new Session(model, store, clock);
}
