import { describe, expect, it } from 'vitest';
import { checkContent } from '../../game/engine/checks/index.ts';
import type { ActorFile } from '../../game/engine/index.ts';
import { actorFile, CITE, DEFAULT_ROW, lever, miniContent, row } from '../helpers/mini.ts';

/**
 * The actor check (checks/actors.ts): interests, levers and the rule table of each actor file. Each defect gives
 * exactly the problem listed, at its path in the actor's file; the same file without it gives none.
 */
const russia = (extra: Partial<Record<keyof ActorFile, unknown>>) => actorFile('russia', extra);

function problems(def: ActorFile) {
  return checkContent(miniContent({ russia: def })).map(({ path, message }) => ({ path, message }));
}

const ZONE_TARGET = { kind: 'zone', among: ['af_north', 'af_south'] };
const ACTOR_TARGET = { kind: 'actor', among: ['taliban'] };

/** Russia with one lever and one row using it above the default row. */
function withRow(
  leverExtra: Record<string, unknown>,
  rowExtra: Record<string, unknown> = {},
  when: Record<string, unknown> = {},
) {
  return russia({
    levers: [lever('act', leverExtra)],
    rules: [
      row('russia.act', 5, { input: 'turn', op: '>=', value: 1, ...when }, 'act', rowExtra),
      DEFAULT_ROW('russia'),
    ],
  });
}

describe('interests', () => {
  it('score a known indicator', () => {
    const interests = [
      { id: 'calm', title: 'Calm', indicator: 'morale', want: 'up', weight: 1, citations: CITE },
      { id: 'talks', title: 'Talks', indicator: 'peace_process', want: 'up', weight: 1, citations: CITE },
    ];
    expect(problems(russia({ interests }))).toEqual([
      { path: 'interests[0].indicator', message: "unknown indicator 'morale'" },
    ]);
  });
});

describe('levers', () => {
  it('have distinct ids, and none is the built-in pass', () => {
    expect(problems(russia({ levers: [lever('talk'), lever('talk')] }))).toEqual([
      { path: 'levers[1].id', message: "duplicate action 'talk'" },
    ]);
    expect(problems(russia({ levers: [lever('talk'), lever('trade')] }))).toEqual([]);
  });

  it('may not redefine pass, which stays free and legal for the default row', () => {
    // A costly `pass` would make the default row illegal, were it to replace the built-in one.
    expect(problems(russia({ levers: [lever('pass', { cost: 3 })] }))).toEqual([
      { path: 'levers[0].id', message: "'pass' is built in" },
    ]);
  });

  it('target zones or actors of the vocabulary, each by its kind', () => {
    const among = (kind: string, ids: string[]) =>
      problems(russia({ levers: [lever('act', { target: { kind, among: ids } })] }));
    expect(among('zone', ['af_north', 'atlantis'])).toEqual([
      { path: 'levers[0].target.among', message: "unknown zone 'atlantis'" },
    ]);
    expect(among('actor', ['taliban', 'af_north'])).toEqual([
      { path: 'levers[0].target.among', message: "unknown actor 'af_north'" },
    ]);
    // A neighbour's zone is named by its actor id.
    expect(among('zone', ['af_north', 'border_tajik', 'uzbekistan'])).toEqual([]);
    expect(among('actor', ['taliban', 'us'])).toEqual([]);
  });

  it('may read $target in requires only when the lever takes a target', () => {
    const requires = { input: 'zones.$target.control', op: '!=', value: 'taliban' };
    expect(problems(russia({ levers: [lever('act', { target: ZONE_TARGET, requires })] }))).toEqual([]);
    expect(problems(russia({ levers: [lever('act', { requires })] }))).toEqual([
      { path: 'levers[0].requires.input', message: "'$target' can only be read in a lever's requires" },
    ]);
  });
});

describe('rule ids', () => {
  it("start with the actor's id and are unique", () => {
    const rules = [
      row('russia.talk', 5, { all: [] }, 'pass'),
      row('taliban.talk', 4, { all: [] }, 'pass'),
      row('russia.talk', 3, { all: [] }, 'pass'),
      DEFAULT_ROW('russia'),
    ];
    expect(problems(russia({ rules }))).toEqual([
      { path: 'rules[1].id', message: "a rule id starts with 'russia.', found 'taliban.talk'" },
      { path: 'rules[2].id', message: "duplicate rule id 'russia.talk'" },
    ]);
  });
});

describe('rows', () => {
  it('name an action of the actor, listing the actions it has', () => {
    expect(problems(withRow({}, {}, {}))).toEqual([]);
    const def = russia({
      levers: [lever('talk')],
      rules: [row('russia.x', 5, { all: [] }, 'invade'), DEFAULT_ROW('russia')],
    });
    expect(problems(def)).toEqual([
      { path: 'rules[0].do.action', message: "unknown action 'invade' for russia (actions: pass, talk)" },
    ]);
  });

  it('may not read $target, which only a lever has', () => {
    expect(
      problems(withRow({ target: ZONE_TARGET }, { target: 'af_north' }, { input: 'zones.$target.taliban' })),
    ).toEqual([{ path: 'rules[0].when.input', message: "'$target' can only be read in a lever's requires" }]);
  });

  it('give no target to an action that takes none', () => {
    expect(problems(withRow({}, { target: 'af_north' }))).toEqual([
      { path: 'rules[0].do.target', message: `'act' takes no target, found "af_north"` },
    ]);
  });

  it('give a targeted action one of its targets, or a zone ranking', () => {
    expect(problems(withRow({ target: ZONE_TARGET }))).toEqual([
      {
        path: 'rules[0].do.target',
        message: "'act' needs a target: one of af_north, af_south, or maxBy/minBy",
      },
    ]);
    expect(problems(withRow({ target: ZONE_TARGET }, { target: 'af_west' }))).toEqual([
      { path: 'rules[0].do.target', message: "expected one of af_north, af_south, found 'af_west'" },
    ]);
    expect(problems(withRow({ target: ZONE_TARGET }, { target: 'af_south' }))).toEqual([]);
    expect(problems(withRow({ target: ZONE_TARGET }, { target: { maxBy: 'zones.*.taliban' } }))).toEqual([]);
    expect(problems(withRow({ target: ZONE_TARGET }, { target: { minBy: 'zones.*.opium' } }))).toEqual([]);
  });

  it('rank only zones, and by a numeric field', () => {
    expect(problems(withRow({ target: ACTOR_TARGET }, { target: { maxBy: 'zones.*.taliban' } }))).toEqual([
      { path: 'rules[0].do.target', message: "maxBy/minBy ranks zones, but 'act' targets an actor" },
    ]);
    expect(problems(withRow({ target: ZONE_TARGET }, { target: { minBy: 'zones.*.control' } }))).toEqual([
      {
        path: 'rules[0].do.target',
        message:
          "expected a numeric zone field (isisk, opium, refugees, security, stability, taliban), found 'control'",
      },
    ]);
  });
});

describe('the default row', () => {
  const message = (id: string) =>
    `the default row's action must always be legal (no requires, no cost, no target): '${id}' is not`;

  it('always holds: an empty all, not merely a condition that is true', () => {
    const rules = [row('russia.default', 0, { all: [{ input: 'turn', op: '>=', value: 1 }] }, 'pass')];
    expect(problems(russia({ rules }))).toEqual([
      { path: 'rules[0].when', message: 'the last row is the default: expected when {"all": []}' },
    ]);
    const atom = [row('russia.default', 0, { input: 'turn', op: '>=', value: 1 }, 'pass')];
    expect(problems(russia({ rules: atom }))).toEqual([
      { path: 'rules[0].when', message: 'the last row is the default: expected when {"all": []}' },
    ]);
  });

  it('takes an action without requires, cost or target', () => {
    const last = (extra: Record<string, unknown>, target?: string) =>
      problems(
        russia({
          levers: [lever('wait', extra)],
          rules: [row('russia.default', 0, { all: [] }, 'wait', { target })],
        }),
      );
    expect(last({})).toEqual([]);
    expect(last({ requires: { all: [] } })).toEqual([]);
    expect(last({ requires: { all: [{ input: 'turn', op: '>=', value: 1 }] } })).toEqual([
      { path: 'rules[0].do.action', message: message('wait') },
    ]);
    expect(last({ cost: 1 })).toEqual([{ path: 'rules[0].do.action', message: message('wait') }]);
    expect(last({ target: ZONE_TARGET }, 'af_north')).toEqual([
      { path: 'rules[0].do.action', message: message('wait') },
    ]);
  });
});

describe('files', () => {
  it("names the actor's file, or actors/<id>.json when the content does not say", () => {
    const content = miniContent({
      russia: russia({
        interests: [{ id: 'x', title: 'Xxx', indicator: 'morale', want: 'up', weight: 1, citations: CITE }],
      }),
      taliban: actorFile('taliban', { levers: [lever('talk'), lever('talk')] }),
    });
    content.files.actors = { russia: 'mini/actors/russia.json' };
    expect(checkContent(content).map((p) => [p.file, p.path])).toEqual([
      ['mini/actors/russia.json', 'interests[0].indicator'],
      ['actors/taliban.json', 'levers[1].id'],
    ]);
  });
});
