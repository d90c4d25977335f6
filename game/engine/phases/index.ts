import type { Draft } from 'immer';
import type { Prepared } from '../prepared.ts';
import type { TurnStreams } from '../rng.ts';
import type { ActionRecord, EventRecord, WorldChange } from '../schema/log.ts';
import type { State } from '../schema/state.ts';
import { advanceClock } from './clock.ts';
import { decide, type TakenDecision } from './decisions.ts';
import { runEvents } from './events.ts';
import { resolve } from './resolution.ts';
import { score } from './scoring.ts';
import { evolveWorld } from './world.ts';

export type PhaseName = 'events' | 'decisions' | 'resolution' | 'world' | 'scoring' | 'clock';

/** What one turn's phases hand to each other and to the log entry. */
export interface TurnWork {
  events: EventRecord[];
  decisions: TakenDecision[];
  actions: ActionRecord[];
  /** The indicators as the world phase left them, for scoring. */
  indicators: Record<string, number>;
  /** What the world phase's own dynamics changed, and why. */
  world: WorldChange[];
}

export interface TurnContext {
  prepared: Prepared;
  streams: TurnStreams;
  /** The first month after this turn's period: dated events up to it may fire. */
  periodEnd: string;
}

export interface Phase {
  name: PhaseName;
  /**
   * The phase reads the state as the phases before it left it, as plain objects (`base`): a new draft starts
   * here. Reading plain objects is fast, and decisions and the world must not see their own writes. Under
   * `inPlace` base is the draft itself, so a settled phase reads each value before it writes it (as the world
   * phase does).
   */
  settled: boolean;
  /** `base` is the state at the start of this phase's draft: only a settled phase may read it. */
  run(draft: Draft<State>, base: State, ctx: TurnContext, work: TurnWork): void;
}

/** DESIGN.md section 3's turn pipeline, in its fixed order. Every way of playing a turn runs this list. */
export const PHASES: readonly Phase[] = [
  {
    name: 'events',
    settled: true,
    run: (draft, base, ctx, work) => {
      work.events = runEvents(draft, base, ctx.prepared, ctx.streams, ctx.periodEnd);
    },
  },
  {
    name: 'decisions',
    settled: true,
    run: (_draft, base, ctx, work) => {
      work.decisions = decide(base, ctx.prepared, ctx.streams);
    },
  },
  {
    name: 'resolution',
    settled: false,
    run: (draft, _base, ctx, work) => {
      work.actions = resolve(draft, ctx.prepared, work.decisions);
    },
  },
  {
    name: 'world',
    settled: true,
    run: (draft, base, ctx, work) => {
      const { indicators, changes } = evolveWorld(draft, base, ctx.prepared, ctx.streams);
      work.indicators = indicators;
      work.world = changes;
    },
  },
  {
    name: 'scoring',
    settled: false,
    run: (draft, _base, ctx, work) => score(draft, ctx.prepared, work.indicators),
  },
  { name: 'clock', settled: false, run: (draft, _base, ctx) => advanceClock(draft, ctx.prepared) },
];
