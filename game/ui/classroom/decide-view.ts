import type { Library } from '../../content/library.ts';
import type { Citation, Game, LegalAction } from '../../engine/index.ts';
import type { Intent, Reply, TeamDecision } from '../../protocol/classroom.ts';
import { interestsServed, leverSummary } from '../../text/describe.ts';
import { findLever } from '../../text/lookup.ts';
import { zoneOrActorName } from '../../text/words.ts';
import { unavailableList } from '../decide.ts';
import { el, fill } from '../dom.ts';
import { quoteBlock } from '../quotes.ts';
import { Feedback } from './feedback.ts';

export interface DecideContext {
  library: Library;
  role: string;
  /** The teacher deciding for a role it took over names the role; a student's role is its own. */
  asTeacher: boolean;
  openQuote(citation: Citation): void;
  send(intent: Intent): Promise<Reply>;
}

/** The team's decision in words: "Convene regional talks → Kabul, set by Ann". */
export function decisionText(game: Game | null, role: string, d: TeamDecision | null): string {
  if (!d) return 'No decision yet: if none is made, the rule table plays this turn.';
  const title =
    (game && findLever(game.prepared, role, d.action)?.title) ?? (d.action === 'pass' ? 'Pass' : d.action);
  const target = d.target ? ` → ${game ? zoneOrActorName(game, d.target) : d.target}` : '';
  return `Current decision: ${title}${target}, set by ${d.by}. Anyone on the team may change it until the turn is played.`;
}

/** One legal action with the single-screen game's explanations: what it tends to change, whom it serves. */
function option(ctx: DecideContext, game: Game, a: LegalAction, chosen: TeamDecision | null) {
  const def = ctx.library.actors.get(ctx.role);
  const lever = findLever(game.prepared, ctx.role, a.action);
  const serves = lever && def ? interestsServed(def, lever) : [];
  const id = `cl-action-${ctx.role}-${a.action}`;
  const targets = a.targets
    ? el(
        'select',
        { name: `target-${a.action}`, 'aria-label': `Target of ${a.title}` },
        ...a.targets.map((t) =>
          el(
            'option',
            { value: t, selected: chosen?.action === a.action && chosen.target === t },
            zoneOrActorName(game, t),
          ),
        ),
      )
    : null;
  // Nothing is checked until the team chooses: a pre-checked Pass would be sent by a stray Enter (issue 13).
  const checked = chosen?.action === a.action;
  return el(
    'div',
    { class: 'action' },
    el(
      'label',
      { for: id },
      el('input', { type: 'radio', name: 'action', id, value: a.action, checked }),
      el('span', {}, a.title),
      targets,
    ),
    el(
      'div',
      { class: 'effects' },
      lever
        ? `Tends to change: ${leverSummary(lever, (zone) => zoneOrActorName(game, zone))}`
        : 'Do nothing this turn.',
    ),
    serves.length ? el('div', { class: 'serves' }, `Serves: ${serves.map((s) => s.title).join('; ')}`) : null,
    serves[0]
      ? quoteBlock(serves[0].citations[0], ctx.openQuote)
      : lever
        ? quoteBlock(lever.citations[0], ctx.openQuote)
        : null,
  );
}

/**
 * This turn's legal actions as the server lists them, and the team's current decision. The form is rebuilt only
 * when the turn or the list changes, so a choice being made survives the views that other students cause.
 */
export class DecisionPanel {
  readonly element: HTMLElement;
  private readonly current = el('p', { class: 'cl-decision', id: 'cl-decision' });
  private readonly body = el('div', {});
  private readonly feedback = new Feedback();
  private key = '';

  constructor(private readonly ctx: DecideContext) {
    this.element = el('div', { class: 'cl-decide' }, this.current, this.body, this.feedback.element);
  }

  render(
    game: Game | null,
    turn: number,
    legal: readonly LegalAction[],
    decision: TeamDecision | null,
    idle: string | null,
  ) {
    this.current.textContent = decisionText(game, this.ctx.role, decision);
    const key = idle ?? `${turn}|${JSON.stringify(legal)}`;
    if (key === this.key) return;
    this.key = key;
    this.feedback.done();
    if (idle !== null || !game)
      return fill(this.body, el('p', { class: 'muted' }, idle ?? 'Waiting for the game.'));
    const form = el('form', { class: 'cl-decide-form', 'aria-label': `Decide for ${this.ctx.role}` });
    for (const a of legal) form.append(option(this.ctx, game, a, decision));
    const button = el(
      'button',
      { type: 'submit', class: 'primary', id: `cl-submit-${this.ctx.role}` },
      'Set our decision',
    );
    form.append(button);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const action = form.querySelector<HTMLInputElement>('input[name=action]:checked')?.value;
      if (!action) return this.feedback.fail('Choose an action first.');
      const target = form.querySelector<HTMLSelectElement>(`select[name="target-${action}"]`)?.value ?? null;
      button.disabled = true;
      const intent: Intent = {
        type: 'decide',
        turn,
        action,
        target,
        ...(this.ctx.asTeacher ? { role: this.ctx.role } : {}),
      };
      const reply = await this.ctx.send(intent);
      button.disabled = false;
      this.feedback.reply(reply, 'Decision recorded.');
    });
    let unavailable: HTMLElement | null = null;
    try {
      unavailable = unavailableList(game, this.ctx.role);
    } catch {
      // A student's state has blanks (others' resources); a list that cannot be worked out is left out.
    }
    fill(this.body, form, unavailable);
  }
}
