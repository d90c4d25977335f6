import { describe, expect, it } from 'vitest';
import { roleBrief } from '../../game/ui/classroom/brief.ts';
import {
  isLoopbackHost,
  joinBase,
  joinSheet,
  joinUrl,
  staleTypedBase,
  suggestedBase,
} from '../../game/ui/classroom/join-sheet.ts';
import { library } from '../helpers/shipped.ts';

describe('the join sheet', () => {
  it('makes one slip per role, in role order, with its name, code, join link and brief', () => {
    const slips = joinSheet(
      library,
      'withdrawal-2021',
      { us: 'ABC234', russia: 'XYZ789' },
      'http://192.168.1.20:8080',
    );
    expect(slips.map((s) => [s.role, s.name, s.code, s.url])).toEqual([
      ['russia', 'Russia', 'XYZ789', 'http://192.168.1.20:8080/join?code=XYZ789'],
      ['us', 'United States', 'ABC234', 'http://192.168.1.20:8080/join?code=ABC234'],
    ]);
    expect(slips[0]!.brief).toMatch(/^You play Russia in “Withdrawal and takeover, 2021”\./);
  });

  it('keeps every brief to a short paragraph naming the weightiest interests', () => {
    for (const actor of library.actors.values()) {
      const brief = roleBrief(actor, 'A scenario');
      expect(brief.length, actor.id).toBeLessThan(600);
      expect(brief.toLowerCase()).toContain(actor.name.toLowerCase());
      const top = [...actor.interests].sort((a, b) => b.weight - a.weight)[0];
      if (top) expect(brief.toLowerCase()).toContain(top.title.slice(1, 20).toLowerCase());
      expect(brief).not.toMatch(/\n/);
    }
  });

  it('says how many interests it leaves out, and does without interests', () => {
    const interest = (title: string, weight: number) =>
      ({ id: title, title, indicator: 'x', want: 'up', weight, citations: [] }) as never;
    const actor = {
      id: 'ruritania',
      name: 'Ruritania',
      interests: [interest('Peace', 1), interest('Trade', 5), interest('Order', 3), interest('Fame', 2)],
      levers: [{}] as never[],
    };
    expect(roleBrief(actor, 'S')).toBe(
      'You play Ruritania in “S”. Ruritania wants above all: trade; order; fame (and 1 more interest). Each turn your team picks one of its 1 move or passes; the rule tables play the actors no one plays.',
    );
    expect(roleBrief({ ...actor, interests: [] }, 'S')).not.toMatch(/wants/);
  });

  it('names the role as a sentence takes it, with its article and verb, and speaks of moves, not levers', () => {
    const slips = joinSheet(
      library,
      'withdrawal-2021',
      { taliban: 'AAA222', us: 'BBB333', russia: 'CCC444' },
      'http://h:1',
    );
    const brief = (role: string) => slips.find((s) => s.role === role)?.brief ?? '';
    expect(brief('taliban')).toMatch(/^You play the Taliban in “[^”]+”\. The Taliban want above all: /);
    expect(brief('us')).toMatch(
      /^You play the United States in “[^”]+”\. The United States wants above all: /,
    );
    expect(brief('russia')).toMatch(/\. Russia wants above all: /);
    for (const slip of slips) {
      expect(slip.brief).toMatch(/picks one of its \d+ moves or passes/);
      expect(slip.brief).not.toMatch(/lever|[a-z,] The /);
    }
  });

  it('prints the address the teacher typed, reduced to its origin, else the page’s own', () => {
    expect(joinBase(null, 'http://localhost:8080')).toBe('http://localhost:8080');
    expect(joinBase('  ', 'http://localhost:8080')).toBe('http://localhost:8080');
    expect(joinBase('192.168.1.20:8080', 'http://localhost:8080')).toBe('http://192.168.1.20:8080');
    expect(joinBase('http://10.0.0.5:9000/teach?x=1', 'http://localhost:8080')).toBe('http://10.0.0.5:9000');
    expect(joinBase('http://exa mple', 'http://localhost:8080')).toBe('http://localhost:8080');
    expect(joinUrl('http://h:1/', 'A B')).toBe('http://h:1/join?code=A%20B');
  });

  it('suggests the page’s own address when a phone can reach it, else the server’s first network address', () => {
    const server = ['http://localhost:8080/', 'http://192.168.1.20:8080/', 'http://10.0.0.7:8080/'];
    expect(suggestedBase('http://localhost:8080', server)).toBe('http://192.168.1.20:8080');
    expect(suggestedBase('http://127.0.0.1:8080', ['http://10.0.0.7:8080/'])).toBe('http://10.0.0.7:8080');
    // Opened from the network (a teacher key, a proxy): that address works for the students already.
    expect(suggestedBase('https://school.example', server)).toBe('https://school.example');
    // Nothing reachable (a server on 127.0.0.1), no answer, or nonsense: the page's own, which the warning flags.
    expect(suggestedBase('http://localhost:8080', ['http://localhost:8080/'])).toBe('http://localhost:8080');
    expect(suggestedBase('http://localhost:8080', [])).toBe('http://localhost:8080');
    expect(suggestedBase('http://localhost:8080', ['not a url', 'http://[::1]:8080/'])).toBe(
      'http://localhost:8080',
    );
    // The teacher's typed address still wins over the suggestion.
    expect(joinBase('10.1.1.1:9000', suggestedBase('http://localhost:8080', server))).toBe(
      'http://10.1.1.1:9000',
    );
  });

  it('says when a remembered typed address is not one the server has now, and names the ones it has', () => {
    const server = ['http://localhost:8080/', 'http://192.168.1.20:8080/'];
    // Typed on another day, on another network: the server answers elsewhere now.
    expect(staleTypedBase('10.1.1.1:8080', 'http://localhost:8080', server)).toBe(
      'The address typed here, http://10.1.1.1:8080, is not one this server has now: it answers at http://192.168.1.20:8080. Clear the field to use the first of them.',
    );
    // One of the server's addresses, the page's own, nothing typed, or no list from the server: nothing to say.
    expect(staleTypedBase('192.168.1.20:8080', 'http://localhost:8080', server)).toBeNull();
    expect(staleTypedBase('https://school.example', 'https://school.example', server)).toBeNull();
    expect(staleTypedBase(' ', 'http://localhost:8080', server)).toBeNull();
    expect(staleTypedBase('10.1.1.1:8080', 'http://localhost:8080', [])).toBeNull();
    // A server on loopback only: the loopback address is all there is to name.
    expect(staleTypedBase('10.1.1.1:8080', 'http://x.example', ['http://127.0.0.1:8080/'])).toMatch(
      /answers at http:\/\/127\.0\.0\.1:8080\./,
    );
  });

  it('knows which hosts a phone cannot reach', () => {
    for (const host of ['localhost', '127.0.0.1', '127.5.0.1', '[::1]', 'app.localhost'])
      expect(isLoopbackHost(host)).toBe(true);
    for (const host of ['192.168.1.20', '10.0.0.2', 'school.example', 'localhost.example'])
      expect(isLoopbackHost(host)).toBe(false);
  });
});
