import type { ContentScope } from '../content-scope.ts';
import type { Problem } from '../problem.ts';
import { checkCondition } from './conditions.ts';
import { checkEffects } from './effects.ts';
import { Problems } from './problems.ts';

/** The events file: scheduled history and the seeded deck, whose ids are unique between them. */
export function checkEvents(ctx: ContentScope): Problem[] {
  const { events, files } = ctx.content;
  const out = new Problems(files.events);
  const ids = new Set<string>();
  const unique = (id: string, at: string) => {
    if (ids.has(id)) out.report(`${at}.id`, `duplicate event '${id}'`);
    ids.add(id);
  };
  events.scheduled.forEach((event, i) => {
    const at = `scheduled[${i}]`;
    unique(event.id, at);
    checkEffects(out, ctx, event.effects, `${at}.effects`, null);
    if (event.on === null && event.when === null)
      out.report(at, 'a scheduled event needs on (a date) or when (a condition)');
    if (event.when) checkCondition(out, ctx, event.when, `${at}.when`, false);
  });
  events.deck.cards.forEach((card, i) => {
    const at = `deck.cards[${i}]`;
    unique(card.id, at);
    checkEffects(out, ctx, card.effects, `${at}.effects`, null);
    card.bonuses.forEach((b, j) => {
      checkCondition(out, ctx, b.when, `${at}.bonuses[${j}].when`, false);
    });
  });
  return out.list;
}
