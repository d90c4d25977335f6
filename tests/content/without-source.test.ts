import { describe, expect, it } from 'vitest';
import { withoutSourceProblem, withoutSources } from '../../game/content/without-source.ts';
import { actorFile, eventsFile, lever, row } from '../helpers/mini.ts';

const A = { source: '003_5657161a6a22a493.txt', quote: 'a passage of the PONARS memo' };
const B = { source: '001_09ab83d40f3f135c.txt', quote: 'a passage of the SCEEUS report' };
const cite = (...c: (typeof A)[]) => ({ citations: c });

const russia = actorFile('russia', {
  interests: [
    { id: 'only-a', title: 'Only A', indicator: 'peace_process', want: 'up', weight: 1, ...cite(A) },
    { id: 'both', title: 'Both', indicator: 'peace_process', want: 'up', weight: 1, ...cite(A, B) },
  ],
  levers: [
    lever('talk', {
      onSuccess: [
        { kind: 'indicator', indicator: 'peace_process', add: 1, ...cite(A) },
        { kind: 'indicator', indicator: 'peace_process', add: 2, ...cite(B) },
      ],
    }),
  ],
  rules: [
    { ...(row('russia.only-a', 5, { all: [] }, 'talk') as object), ...cite(A) },
    { ...(row('russia.both', 4, { all: [] }, 'talk') as object), ...cite(B, A) },
    { ...(row('russia.default', 0, { all: [] }, 'pass') as object), ...cite(A) },
  ],
});

describe('--without-source disables what rests on one report alone', () => {
  const { actors, events } = withoutSources(
    [russia],
    eventsFile({
      scheduled: [
        {
          id: 'talks',
          title: 'Talks',
          on: '2021-01',
          effects: [{ kind: 'flag', flag: 'talks_held', set: true, ...cite(A) }],
          ...cite(B),
        },
      ],
    }),
    [A.source],
  );
  const [filtered] = actors;

  it('drops rows, interests and effects cited only from that report, and keeps those with other support', () => {
    expect(filtered?.rules.map((r) => r.id)).toEqual(['russia.both', 'russia.default']);
    expect(filtered?.interests.map((i) => i.id)).toEqual(['both']);
    expect(filtered?.levers[0]?.onSuccess.map((e) => e.kind === 'indicator' && e.add)).toEqual([2]);
    expect(events.scheduled[0]?.effects).toEqual([]);
  });

  it('keeps the default row, so that every actor can still decide', () => {
    expect(filtered?.rules.at(-1)?.id).toBe('russia.default');
  });

  it('changes nothing when no report is named', () => {
    expect(withoutSources([russia], eventsFile(), []).actors).toEqual([russia]);
  });

  it('names only the five reports', () => {
    expect(withoutSourceProblem(['003_5657161a6a22a493.txt'])).toBeNull();
    expect(withoutSourceProblem(['DOMAIN.md'])).toContain("unknown report 'DOMAIN.md'");
  });
});
