import { describe, expect, it } from 'vitest';
import { idAlong } from '../../game/engine/locate.ts';

/** A problem's path names the row, lever, event or zone it runs through, by the innermost id along it. */
const actor = {
  id: 'russia',
  levers: [{ id: 'talk', onSuccess: [{ kind: 'flag', flag: 'x' }] }],
  rules: [{ id: 'russia.talk', when: { all: [{ input: 'turn' }] }, do: null }],
};

describe('idAlong', () => {
  it('names the innermost object with an id along the path', () => {
    expect(idAlong(actor, 'rules[0].when.all[0].input')).toBe('russia.talk');
    expect(idAlong(actor, 'levers[0].onSuccess[0].flag')).toBe('talk');
    // The file itself is not along the path: a path that names no object with an id gives null.
    expect(idAlong(actor, 'name')).toBeNull();
    expect(idAlong({ rules: [] }, 'rules[0]')).toBeNull();
  });

  it('still names it when the path runs on past a missing or null value (a schema error on an absent field)', () => {
    expect(idAlong(actor, 'rules[0].do.action')).toBe('russia.talk');
    expect(idAlong(actor, 'rules[0].given.all[1].input')).toBe('russia.talk');
    expect(idAlong(actor, 'rules[3].when.input')).toBeNull();
    expect(idAlong(actor, 'rules[0].id.length')).toBe('russia.talk');
  });
});
