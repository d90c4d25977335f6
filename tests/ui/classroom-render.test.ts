import { describe, expect, it } from 'vitest';
import { legalActions, playScripted } from '../../game/engine/index.ts';
import type { ChatMessage, ProposalItem } from '../../game/protocol/classroom.ts';
import { scoreForecast } from '../../game/replay/forecasts.ts';
import { forecastSentence } from '../../game/text/forecast-words.ts';
import { indicatorWords } from '../../game/text/vocabulary.ts';
import { customEventForm, injectableIndicators } from '../../game/ui/classroom/custom-event.ts';
import { DecisionPanel } from '../../game/ui/classroom/decide-view.ts';
import { forecastScores } from '../../game/ui/classroom/forecast-view.ts';
import { type ChatContext, messageItem, proposalItem } from '../../game/ui/classroom/messages-view.ts';
import { type FakeElement, useFakeDocument } from '../helpers/fake-dom.ts';
import { library, shipped } from '../helpers/shipped.ts';

useFakeDocument();

const ATTACK = '<script>alert("x")</script><img src=x onerror=alert(1)>';
const ctx: ChatContext = {
  me: 'us',
  roles: () => ['russia', 'us'],
  name: (r) => ({ russia: 'Russia', us: 'United States' })[r] ?? r,
  who: (by) => by,
  send: async () => ({ type: 'ack', id: '1' }),
};
const asFake = (node: unknown) => node as unknown as FakeElement;

describe('student text on the classroom pages', () => {
  it('puts a message’s text and its sender’s name in text nodes, escaped, with no element made from them', () => {
    const message: ChatMessage = {
      id: 'm1',
      turn: 2,
      from: 'russia',
      to: 'all',
      text: ATTACK,
      by: ATTACK,
      at: 0,
    };
    const item = asFake(messageItem(ctx, message));
    expect(item.all().map((e) => e.tagName)).toEqual(['li', 'span', 'div']);
    expect(item.textContent).toContain(ATTACK);
    expect(item.outerHTML).not.toContain('<script');
    expect(item.outerHTML).not.toContain('<img');
    expect(item.outerHTML).toContain('&lt;script&gt;alert("x")&lt;/script&gt;');
    expect(item.textContent).toContain('→ everyone · turn 2');
  });

  it('says a message the server sent for an actor came from its rule table', () => {
    const message: ChatMessage = {
      id: 'a9-1',
      turn: 3,
      from: 'russia',
      to: 'us',
      text: 'Russia: Urge restraint.',
      by: 'system',
      at: 0,
    };
    const item = asFake(messageItem(ctx, message));
    expect(item.textContent).toMatch(/^Russia \(its rule table\) → United States/);
    // No reason in the message (the teacher hid the AI's reasons): no line for one.
    expect(item.all().map((e) => e.tagName)).toEqual(['li', 'span', 'div']);
  });

  it('shows the reason behind a rule table’s message on a line of its own, as text', () => {
    const message: ChatMessage = {
      id: 'a9-1',
      turn: 3,
      from: 'russia',
      to: 'us',
      text: 'Russia: Urge restraint.',
      reason: `“${ATTACK}” (Stepanova, PONARS 2021)`,
      by: 'system',
      at: 0,
    };
    const item = asFake(messageItem(ctx, message));
    expect(item.all().map((e) => e.tagName)).toEqual(['li', 'span', 'div', 'div']);
    expect(item.all()[3]!.attributes.get('class')).toBe('cl-reason');
    expect(item.all()[3]!.textContent).toBe(`“${ATTACK}” (Stepanova, PONARS 2021)`);
    expect(item.outerHTML).not.toContain('<script');
  });

  it('renders a proposal’s terms as text, with Accept and Decline only for the role it was made to', () => {
    const p: ProposalItem = {
      id: 'p1',
      turn: 1,
      from: 'russia',
      to: 'us',
      terms: ATTACK,
      by: 'Ann',
      at: 0,
      answer: null,
    };
    const answers: boolean[] = [];
    const item = asFake(proposalItem(ctx, p, (accept) => answers.push(accept)));
    expect(item.outerHTML).not.toContain('<script');
    expect(item.textContent).toContain(ATTACK);
    const buttons = item.all().filter((e) => e.tagName === 'button');
    expect(buttons.map((b) => b.textContent)).toEqual(['Accept', 'Decline']);
    buttons[1]!.listeners.get('click')!();
    expect(answers).toEqual([false]);

    const mine = asFake(proposalItem({ ...ctx, me: 'russia' }, p, () => {}));
    expect(mine.all().some((e) => e.tagName === 'button')).toBe(false);
    expect(mine.textContent).toContain('Waiting for an answer');

    const answered = asFake(proposalItem(ctx, { ...p, answer: { accept: true, by: ATTACK } }, () => {}));
    expect(answered.textContent).toContain(`Accepted by ${ATTACK}`);
    expect(answered.outerHTML).not.toContain('<script');
  });
});

describe("a team's forecast scores", () => {
  it('show the last turn’s forecasts beside their outcomes, and the totals so far; nothing before any', () => {
    const played = playScripted(shipped, { scenario: 'withdrawal-2021', seed: 4 }, [], 2);
    if (!played.ok) throw new Error(played.error.message);
    const { game } = played;
    expect(forecastScores(game, [])).toBeNull();
    const at = (t: number) =>
      (t === 0 ? game.initial.indicators.peace_process : game.log[t - 1]?.indicators.peace_process) ?? -1;
    const past = [
      { turn: 1, actor: 'russia', indicator: 'peace_process', value: 0 },
      { turn: 2, actor: 'russia', indicator: 'peace_process', value: 100 },
    ];
    const shown = forecastScores(game, past) as unknown as FakeElement;
    const text = shown.textContent;
    expect(text).toContain('Peace process: ');
    expect(text).toContain(forecastSentence(scoreForecast(past[1] ?? past[0]!, at(1), at(2)), 'Your team'));
    expect(text, 'only the turn just played is listed').not.toContain('Your team said 0;');
    expect(text).toContain(`So far: Mean absolute error ${(at(1) + 100 - at(2)) / 2} over 2 values.`);
  });
});

describe("the teacher's own event", () => {
  it('offers the indicators by their labels, with the id only as the value the server gets', () => {
    const form = customEventForm(
      injectableIndicators({ terror_threat_central_asia: 1, peace_process: 2, humanitarian_need: 3 }),
      () => 0,
      () => {},
      () => {},
    ) as unknown as FakeElement;
    const options = form.all().filter((n) => n.tagName === 'option');
    expect(options.map((o) => o.attributes.get('value'))).toEqual([
      'humanitarian_need',
      'peace_process',
      'terror_threat_central_asia',
    ]);
    const labels = options.map((o) => o.textContent);
    expect(labels).toEqual([
      indicatorWords('humanitarian_need').label,
      indicatorWords('peace_process').label,
      indicatorWords('terror_threat_central_asia').label,
    ]);
    for (const label of labels) expect(label).not.toMatch(/_/);
  });
});

describe("a team's decision form", () => {
  const played = playScripted(shipped, { scenario: 'withdrawal-2021', seed: 4 }, [], 0);
  if (!played.ok) throw new Error(played.error.message);
  const { game } = played;
  const legal = legalActions(game, 'russia');
  if (!legal.ok) throw new Error(legal.error.message);
  const radios = (decision: { action: string } | null) => {
    const panel = new DecisionPanel({
      library,
      role: 'russia',
      asTeacher: false,
      openQuote: () => {},
      send: async () => ({ type: 'ack', id: null }),
    });
    panel.render(game, 1, legal.actions, decision as never, null);
    return (panel.element as unknown as FakeElement)
      .all()
      .filter((e) => e.tagName === 'input' && e.attributes.get('type') === 'radio');
  };

  it('checks nothing until the team has chosen, so that Enter cannot send Pass (issue 13)', () => {
    const all = radios(null);
    expect(all.map((r) => r.attributes.get('value'))).toContain('pass');
    expect(all.length).toBe(legal.actions.length);
    expect(all.filter((r) => r.attributes.has('checked'))).toEqual([]);
  });

  it("checks the team's current decision once there is one", () => {
    const chosen = legal.actions.at(-1)?.action ?? '';
    const checked = radios({ action: chosen, target: null, by: 'Ann' } as never).filter((r) =>
      r.attributes.has('checked'),
    );
    expect(checked.map((r) => r.attributes.get('value'))).toEqual([chosen]);
  });
});
