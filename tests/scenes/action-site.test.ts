import { describe, expect, it } from 'vitest';
import { actionSite } from '../../game/scenes/action-site.ts';
import { shipped } from '../helpers/shipped.ts';

const resolved = shipped.resolve({ scenario: 'withdrawal-2021', variant: 'baseline', withoutSource: [] });
if (!resolved.ok) throw new Error(resolved.error.message);
const content = resolved.content;
const site = (actor: string, action: string, target: string | null = null) =>
  actionSite(content, { actor, action, target });

describe('where an action happens', () => {
  it('is its target zone or border', () => {
    expect(site('russia', 'border_drill', 'border_uzbek')).toEqual({ zone: 'border_uzbek' });
    expect(site('russia', 'arms_to_kabul', 'af_north')).toEqual({ zone: 'af_north' });
  });

  it('is else the zone its effects change', () => {
    expect(site('russia', 'reinforce_base')).toEqual({ zone: 'border_tajik' });
  });

  it('is else the other actor its effects touch', () => {
    expect(site('russia', 'engage_taliban')).toEqual({ actor: 'taliban' });
  });

  it('is nowhere in particular for an action that moves only indicators or flags, or one the content lacks', () => {
    expect(site('russia', 'convene_talks')).toBeNull();
    expect(site('russia', 'no_such_lever')).toBeNull();
  });
});
