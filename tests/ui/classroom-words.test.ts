import { describe, expect, it } from 'vitest';
import { createBody } from '../../game/ui/classroom/create-request.ts';
import { customEvent, injectableIndicators } from '../../game/ui/classroom/custom-event.ts';
import { failure } from '../../game/ui/classroom/http.ts';
import { normaliseCode } from '../../game/ui/classroom/join-sheet.ts';
import { routeOf } from '../../game/ui/classroom/routes.ts';
import { ClassroomStorage, type KeyValue } from '../../game/ui/classroom/storage.ts';
import {
  clock,
  linkText,
  nextSteps,
  publicEntryText,
  reasonsSwitch,
  sessionStatus,
} from '../../game/ui/classroom/words.ts';

const name = (role: string) =>
  ({ russia: 'Russia', us: 'United States', taliban: 'The Taliban' })[role] ?? role;
const entry = (kind: string, fields: Record<string, unknown> = {}) => ({
  n: 1,
  at: 0,
  turn: 2,
  kind,
  ...fields,
});

describe('words for the session log and status', () => {
  it('says what each public entry records', () => {
    expect(publicEntryText(entry('resolve', { reason: 'timer', table: ['us', 'taliban'] }), name)).toBe(
      'Turn 2 was played: the time ran out; played by their rule tables: United States, The Taliban.',
    );
    expect(publicEntryText(entry('resolve', { reason: 'decided', table: [] }), name)).toBe(
      'Turn 2 was played: every team had decided.',
    );
    expect(publicEntryText(entry('takeover', { role: 'us', to: 'teacher' }), name)).toBe(
      'The teacher took over United States.',
    );
    expect(publicEntryText(entry('takeover', { role: 'us', to: 'table' }), name)).toBe(
      'The teacher gave United States to its rule table.',
    );
    expect(
      publicEntryText(
        entry('proposal', { from: 'russia', to: 'us', terms: '<b>talks</b>', accept: false }),
        name,
      ),
    ).toBe('Russia proposed to United States: “<b>talks</b>” United States declined.');
    expect(publicEntryText(entry('end', { reason: 'teacher' }), name)).toBe('The teacher ended the session.');
    expect(publicEntryText(entry('inject', { event: 'card-x', dropped: [] }), name, () => 'A drought')).toBe(
      'The teacher brought in an event: A drought.',
    );
    expect(
      publicEntryText(entry('inject', { event: 'c', title: '<i>Riots</i>', dropped: ['us'] }), name),
    ).toBe(
      "The teacher brought in an event: <i>Riots</i>. It made United States's decision impossible: decide again.",
    );
    expect(publicEntryText(entry('something_new'), name)).toBe('something_new (turn 2)');
  });

  it('says where the session is: turn, month, paused, the time left, over', () => {
    const at = { turn: 3, date: '2021-06', phase: 'decisions', paused: false, deadline: null };
    expect(sessionStatus(at, 11, 0)).toBe('Turn 3 of 11 · June 2021');
    expect(sessionStatus({ ...at, deadline: 62_500 }, 11, 0)).toBe('Turn 3 of 11 · June 2021 · 1:03 left');
    expect(sessionStatus({ ...at, paused: true, deadline: 5 }, null, 0)).toBe(
      'Turn 3 · June 2021 · paused by the teacher',
    );
    expect(sessionStatus({ ...at, phase: 'over' }, 11, 0)).toBe('The session is over.');
    expect(clock(-5)).toBe('0:00');
    expect(linkText({ kind: 'waiting', attempt: 2, ms: 1500 })).toBe('Connection lost: trying again in 2 s');
    expect(linkText({ kind: 'connecting', attempt: 0 })).toBe('Connecting…');
    expect(linkText({ kind: 'connecting', attempt: 3 })).toBe('Reconnecting…');
  });

  it('turns a failed request into the server’s own sentence, or a plain one', () => {
    expect(
      failure(404, { error: { code: 'unknown_code', message: 'no open session has this code' } }),
    ).toEqual({
      code: 'unknown_code',
      message: 'no open session has this code',
    });
    expect(failure(502, '<html>')).toEqual({ code: 'http_502', message: 'the server answered 502' });
    expect(failure(0, null).message).toMatch(/cannot be reached/);
  });
});

describe('a custom event', () => {
  it('is one indicator moved by a whole number, with the teacher’s words as its title', () => {
    expect(customEvent(' Floods in the north ', 'humanitarian_need', '+8', 2)).toEqual({
      ok: true,
      event: {
        id: 'teacher-event-2',
        title: 'Floods in the north',
        effects: [{ kind: 'indicator', indicator: 'humanitarian_need', add: 8 }],
      },
    });
    expect(customEvent('', 'x', '5', 1)).toMatchObject({ ok: false });
    for (const change of ['0', '1.5', 'lots', '101'])
      expect(customEvent('t', 'x', change, 1)).toMatchObject({ ok: false });
    expect(injectableIndicators({ taliban_territory: 1, peace_process: 2, humanitarian_need: 3 })).toEqual([
      'humanitarian_need',
      'peace_process',
    ]);
  });
});

describe("the teacher's next steps", () => {
  it('lists the codes, the teams joining and the turn, and ticks each off as it is done', () => {
    const steps = nextSteps(0, 3);
    expect(steps.map((s) => s.text)).toEqual([
      'Give each team its code: print the join sheet below, or show it.',
      'Wait until every team shows its students “connected” in the Teams table (0 of 3 joined so far).',
      'Play the turn: it plays by itself once every team has decided, or press “Play the turn now”.',
    ]);
    expect(steps.map((s) => s.done)).toEqual([false, false, false]);
    expect(nextSteps(2, 3).map((s) => s.done)).toEqual([true, false, false]);
    expect(nextSteps(3, 3).map((s) => s.done)).toEqual([true, true, false]);
    expect(nextSteps(3, 3)[1]?.text).toContain('(3 of 3 joined so far)');
  });
});

describe("the switch for the AI's reasons", () => {
  it('offers the opposite of what students see now, and the log says what the teacher chose', () => {
    expect(reasonsSwitch(true)).toMatchObject({ label: /Hide/, intent: { type: 'reasons', show: false } });
    expect(reasonsSwitch(false)).toMatchObject({ label: /Show/, intent: { type: 'reasons', show: true } });
    expect(publicEntryText(entry('reasons', { show: false }), name)).toBe(
      'The teacher hid the AI’s reasons from the students.',
    );
    expect(publicEntryText(entry('reasons', { show: true }), name)).toMatch(/showed the AI’s reasons/);
  });
});

describe('the Run a classroom form', () => {
  const fields = {
    scenario: 'withdrawal-2021',
    variants: [],
    seed: '',
    roles: ['us', 'russia', 'us'],
    turnSeconds: '',
    forecasts: false,
    aiReasons: true,
  };

  it('leaves a blank seed out (the server draws one) and a blank timer as none', () => {
    expect(createBody(fields)).toEqual({
      ok: true,
      body: {
        scenario: 'withdrawal-2021',
        roles: ['russia', 'us'],
        turnSeconds: null,
        forecasts: false,
        aiReasons: true,
      },
    });
    expect(
      createBody({
        ...fields,
        seed: ' 7 ',
        turnSeconds: '90',
        variants: ['us-stays', 'poppy-ban-fails'],
        forecasts: true,
        aiReasons: false,
      }),
    ).toEqual({
      ok: true,
      body: {
        scenario: 'withdrawal-2021',
        variant: 'us-stays+poppy-ban-fails',
        seed: 7,
        roles: ['russia', 'us'],
        turnSeconds: 90,
        forecasts: true,
        aiReasons: false,
      },
    });
  });

  it('says what is wrong in a sentence', () => {
    expect(createBody({ ...fields, roles: [] })).toMatchObject({ ok: false, message: /at least one role/ });
    for (const seed of ['-1', '1e3', 'abc'])
      expect(createBody({ ...fields, seed })).toMatchObject({ ok: false, message: /seed/ });
    for (const turnSeconds of ['5', '1.5', 'soon', '100000'])
      expect(createBody({ ...fields, turnSeconds })).toMatchObject({ ok: false, message: /timer/ });
  });
});

describe('routes, codes and storage', () => {
  it('sends /teach and /join to the classroom, everything else to the game', () => {
    expect(routeOf('/teach')).toBe('teach');
    expect(routeOf('/teach/')).toBe('teach');
    expect(routeOf('/join')).toBe('join');
    expect(routeOf('/')).toBe('game');
    expect(routeOf('/index.html')).toBe('game');
    expect(routeOf('/joinery')).toBe('game');
    expect(normaliseCode(' ab3-k7q ')).toBe('AB3K7Q');
  });

  const memory = (): KeyValue & { map: Map<string, string> } => {
    const map = new Map<string, string>();
    return {
      map,
      getItem: (k) => map.get(k) ?? null,
      setItem: (k, v) => void map.set(k, v),
      removeItem: (k) => void map.delete(k),
    };
  };

  it('keeps a seat and the teacher’s sessions, and ignores what it cannot read', () => {
    const local = memory();
    const tab = memory();
    const storage = new ClassroomStorage(local, tab);
    const seat = { token: 't', session: 's', role: 'russia', name: 'Ann', code: 'ABC234' };
    storage.saveSeat(seat);
    expect(new ClassroomStorage(local, tab).seat()).toEqual(seat);
    storage.forgetSeat();
    expect(storage.seat()).toBeNull();
    for (const [k] of local.map) local.map.set(k, '{broken');
    local.map.set('greatgame.classroom.seat', '{"token": 5}');
    expect(storage.seat()).toBeNull();
    for (let i = 0; i < 12; i++)
      storage.saveSession({ session: `s${i}`, teacherToken: 'x', codes: {}, scenario: 'w', createdAt: i });
    expect(storage.sessions().map((s) => s.session)).toEqual([
      's11',
      's10',
      's9',
      's8',
      's7',
      's6',
      's5',
      's4',
      's3',
      's2',
    ]);
    expect(storage.session('s5')?.createdAt).toBe(5);
    storage.saveTeacherKey('k');
    expect(tab.map.get('greatgame.classroom.teacherKey')).toBe('k');
    expect([...local.map.values()].some((v) => v === 'k')).toBe(false);
    storage.saveTeacherKey(null);
    expect(storage.teacherKey()).toBeNull();
  });
});
