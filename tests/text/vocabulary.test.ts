import { describe, expect, it } from 'vitest';
import { ScenarioZone } from '../../game/engine/index.ts';
import { actorDoes } from '../../game/text/inputs.ts';
import { indicatorNote, statusLabel, vocabulary, whatIfQuestion } from '../../game/text/vocabulary.ts';
import { library } from '../helpers/shipped.ts';

const scenarios = [...library.scenarios.values()].map((s) => s.scenario);
const actorsIn = (ids: readonly string[]) =>
  ids.map((id) => library.actors.get(id)).filter((a) => a !== undefined);
const used = scenarios.flatMap((s) => actorsIn(s.actors.map((a) => a.id)));

/** Words students read: no snake_case id, no operator. */
const plain = (text: string) => !/[a-z]+_[a-z]+/.test(text) && !/==|!=|>=|<=/.test(text);

describe('the vocabulary: words for every name a student can meet', () => {
  it('has the three shipped scenarios to check', () => {
    expect(scenarios.map((s) => s.id).sort()).toEqual([
      'emirate-2022',
      'moscow-format-2016',
      'withdrawal-2021',
    ]);
  });

  it('gives every indicator of every scenario a label, a phrase, a meaning and a unit', () => {
    for (const s of scenarios) {
      for (const id of Object.keys(s.indicators)) {
        const words = vocabulary.indicators[id];
        expect(words, `${s.id}: indicator ${id}`).toBeDefined();
        for (const text of [words?.label, words?.phrase, words?.meaning, words?.unit])
          expect(plain(text ?? '_'), `${id}: ${text}`).toBe(true);
      }
    }
  });

  it('gives every zone field a label, a phrase naming the zone, a meaning and a unit', () => {
    const fields = Object.keys(ScenarioZone.shape).filter((f) => !['id', 'name', 'kind'].includes(f));
    expect(Object.keys(vocabulary.zoneFields).sort()).toEqual(fields.sort());
    for (const f of fields) expect(vocabulary.zoneFields[f]?.phrase).toContain('{zone}');
  });

  it('gives every flag of scenarios/flags.json a label, a meaning and the sentences for yes and no', () => {
    expect(Object.keys(vocabulary.flags).sort()).toEqual(Object.keys(library.flags).sort());
    for (const [id, w] of Object.entries(vocabulary.flags)) {
      expect(w.yes, id).not.toBe(w.no);
      for (const text of [w.label, w.meaning, w.yes, w.no]) expect(plain(text), `${id}: ${text}`).toBe(true);
    }
  });

  it('gives every actor of every scenario a label (its name), a subject for sentences and a meaning', () => {
    for (const actor of used) {
      const w = vocabulary.actors[actor.id];
      expect(w?.label, actor.id).toBe(actor.name);
      expect(w?.subject.length, actor.id).toBeGreaterThan(1);
      expect(plain(w?.meaning ?? '_'), actor.id).toBe(true);
    }
  });

  it('gives every posture an actor can take a label', () => {
    for (const actor of used) for (const p of actor.postures) expect(vocabulary.postures[p], p).toBeDefined();
  });

  it("gives every lever of every actor its title as label, a meaning, and the phrases 'to …' and 'would have …'", () => {
    for (const actor of used) {
      for (const lever of actor.levers) {
        const w = vocabulary.actions[actor.id]?.[lever.id];
        expect(w?.label, `${actor.id}.${lever.id}`).toBe(lever.title);
        for (const text of [w?.meaning, w?.to, w?.did])
          expect(plain(text ?? '_'), `${actor.id}.${lever.id}: ${text}`).toBe(true);
      }
    }
  });

  it("says which way is better for Russia exactly where Russia's interests score the indicator", () => {
    const russia = library.actors.get('russia');
    const wants = new Map(russia?.interests.map((i) => [i.indicator, i.want]));
    for (const [id, w] of Object.entries(vocabulary.indicators)) {
      const want = wants.get(id);
      expect(w.forRussia, id).toBe(
        want === undefined ? undefined : want === 'up' ? 'higher is better' : 'higher is worse',
      );
    }
    expect(indicatorNote('terror_threat_central_asia')).toMatch(/Higher is worse for Russia\.$/);
  });

  it('has no entry for a name no scenario uses (a stale word would mislead)', () => {
    const indicators = new Set(scenarios.flatMap((s) => Object.keys(s.indicators)));
    expect(Object.keys(vocabulary.indicators).filter((id) => !indicators.has(id))).toEqual([]);
    const levers = new Set(used.flatMap((a) => a.levers.map((l) => `${a.id}.${l.id}`)));
    const listed = Object.entries(vocabulary.actions).flatMap(([a, ls]) =>
      Object.keys(ls).map((l) => `${a}.${l}`),
    );
    expect(listed.filter((id) => !levers.has(id))).toEqual([]);
  });
});

describe("an actor's status as the game stands", () => {
  it('no longer says the Afghan Republic governs in Kabul once Kabul has fallen', () => {
    expect(statusLabel('government', false)).toBe('governing in Kabul');
    expect(statusLabel('government', true)).toBe('without Kabul, which has fallen to the Taliban');
    // A posture the fall does not falsify reads the same either way.
    expect(statusLabel('ruling', true)).toBe(statusLabel('ruling', false));
  });
});

describe('sentences about actors and variants', () => {
  it('agrees the verb with the actor and capitalises "the" only at the start', () => {
    expect(actorDoes('taliban', 'decides', 'decide', true)).toBe('The Taliban decide');
    expect(`What ${actorDoes('taliban', 'wants', 'want')}`).toBe('What the Taliban want');
    expect(actorDoes('russia', 'decides', 'decide', true)).toBe('Russia decides');
  });

  it('asks each variant\'s "What if" as a question, a written one where its title is no clause', () => {
    expect(whatIfQuestion('tajik-escalation', 'Tajik-Taliban escalation that Moscow fails to restrain')).toBe(
      'What if tension between Tajikistan and the Taliban escalates, and Moscow fails to restrain it?',
    );
    expect(whatIfQuestion('us-stays', 'The US keeps its troops in Afghanistan')).toBe(
      'What if the US keeps its troops in Afghanistan?',
    );
    // Every written question belongs to a shipped variant.
    for (const id of Object.keys(vocabulary.questions)) expect(library.variants.has(id), id).toBe(true);
  });
});
