import { PASS } from '../engine/index.ts';

/** A badge: one character drawn in a disc where an action lands, and what it stands for in the legend. */
export interface Badge {
  letter: string;
  meaning: string;
}

/**
 * The kinds of action the map tells apart, each with its letter (the bundled font has no pictographs, and a
 * font the machine happens to have would make the map differ from machine to machine) and the levers of
 * scenarios/actors/*.json it covers. The legend lists these, so the two cannot drift apart.
 */
export const ACTION_KINDS: readonly (Badge & { actions: readonly string[] })[] = [
  {
    letter: 'T',
    meaning: 'talks, contacts',
    actions: [
      'convene_talks',
      'engage_taliban',
      'pursue_practical_interaction',
      'urge_tajik_restraint',
      'offer_talks',
      'host_kabul_process',
      'join_moscow_round',
      'sit_in_on_consultations',
      'shuttle_diplomacy',
      'host_taliban_envoys',
      'open_channel_to_taliban',
      'pragmatic_contact',
      'quiet_deal',
      'broker_russia_taliban_channel',
      'press_taliban_to_talk',
      'press_for_inclusion',
      'talks_with_us',
      'doha_talks',
      'host_peace_talks',
      'assure_neighbours',
      'cool_rhetoric',
      'raise_profile',
      'antiterror_cooperation',
      'host_sco_defence_ministers',
      'take_up_us_role',
    ],
  },
  {
    letter: 'R',
    meaning: 'recognition',
    actions: [
      'condition_recognition',
      'hand_over_embassy',
      'delist_taliban',
      'recognize_emirate',
      'seek_recognition',
      'champion_the_emirate',
    ],
  },
  {
    letter: 'P',
    meaning: 'pressure, refusal',
    actions: [
      'press_against_us_bases',
      'back_russia_against_us_bases',
      'protest_russian_contacts',
      'downgrade_moscow_delegation',
      'demand_border_guarantees',
      'cut_supply_lines',
      'escalate_rhetoric',
      'border_pressure_tajikistan',
      'reject_inclusive_government',
      'sanctions',
      'pressure_pakistan',
      'decline_moscow_talks',
      'block_russian_arms',
      'decline_us_base',
    ],
  },
  {
    letter: 'E',
    meaning: 'trade, energy',
    actions: [
      'economic_deal',
      'invite_to_kazan',
      'seek_investment',
      'invest_in_projects',
      'development_projects',
      'supply_electricity',
      'export_electricity',
    ],
  },
  { letter: 'H', meaning: 'humanitarian aid', actions: ['humanitarian_aid'] },
  {
    letter: 'N',
    meaning: 'anti-narcotics',
    actions: ['counter_narcotics', 'poppy_ban', 'train_border_guards'],
  },
  {
    letter: 'B',
    meaning: 'border guard',
    actions: [
      'reinforce_border',
      'fortify_border',
      'man_the_frontier',
      'ask_russia_for_border_help',
      'request_csto_help',
      'screen_returnees',
    ],
  },
  {
    letter: 'M',
    meaning: 'troops, drills',
    actions: [
      'border_drill',
      'joint_drill_with_russia',
      'join_csto_exercise',
      'reinforce_base',
      'call_on_kant',
      'deploy_troops_afghanistan',
      'surge',
      'seek_central_asia_base',
      'accept_us_base',
    ],
  },
  {
    letter: 'A',
    meaning: 'arms, backing',
    actions: [
      'arms_to_kabul',
      'request_arms_and_training',
      'back_northern_figures',
      'back_western_factions',
      'shelter_insurgents',
      'host_resistance',
      'seek_tajik_sanctuary',
      'appeal_to_moscow',
    ],
  },
  {
    letter: 'F',
    meaning: 'fighting',
    actions: ['offensive', 'hold_the_provinces', 'guerrilla_raid', 'return_to_the_valleys'],
  },
  {
    letter: 'S',
    meaning: 'ISIS-K strike',
    actions: ['fight_isisk', 'strike_isisk', 'clear_isisk', 'strike_isisk_across_border'],
  },
  { letter: 'X', meaning: 'terror attack', actions: ['attack', 'attack_embassy'] },
  {
    letter: 'I',
    meaning: 'ISIS-K growth',
    actions: ['expand_north', 'recruit_foreign_fighters', 'win_taliban_defectors'],
  },
  { letter: 'W', meaning: 'withdrawal', actions: ['withdraw', 'evacuate_embassy', 'withdraw_into_exile'] },
];

/** The badge of an action no kind lists (a lever added later, or content loaded from elsewhere). */
export const OTHER_ACTION: Badge = { letter: '•', meaning: 'other action' };

/** The badge of each listed action. */
export const ICONS: Readonly<Record<string, Badge>> = Object.fromEntries(
  ACTION_KINDS.flatMap(({ letter, meaning, actions }) => actions.map((a) => [a, { letter, meaning }])),
);

/** Every badge the map can draw, in the legend's order: the kinds, then the fallback. */
export const BADGES: readonly Badge[] = [
  ...ACTION_KINDS.map(({ letter, meaning }) => ({ letter, meaning })),
  OTHER_ACTION,
];

/** The badge for an action: its kind's, or the fallback; none for a pass, which does nothing. */
export function badgeFor(action: string): Badge | null {
  if (action === PASS) return null;
  return ICONS[action] ?? OTHER_ACTION;
}
