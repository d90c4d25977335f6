import { z } from 'zod';
import data from './vocabulary.json';

/**
 * The words for the model's names (vocabulary.json): every indicator, zone field, flag, actor, posture and
 * action gets a label, a one-line meaning and, where it has one, a unit. It lives beside the code that writes
 * sentences, not in scenarios/: it is presentation, so changing a word changes no content hash, and the
 * browser bundles scenarios/ as content files.
 */
const Entry = z.strictObject({ label: z.string().min(1), meaning: z.string().min(1) });

const Vocabulary = z.strictObject({
  about: z.string(),
  indicators: z.record(
    z.string(),
    Entry.extend({
      /** How the indicator reads inside a sentence: "the peace process". */
      phrase: z.string().min(1),
      unit: z.string().min(1),
      /** Russia's view, where its interests score the indicator. */
      forRussia: z.enum(['higher is better', 'higher is worse']).optional(),
      /** A sentence for a value, "{value}" standing for it: "the Taliban hold {value} of the country". */
      says: z.string().includes('{value}').optional(),
    }),
  ),
  zoneFields: z.record(
    z.string(),
    Entry.extend({ phrase: z.string().includes('{zone}'), noun: z.string().min(1), unit: z.string().min(1) }),
  ),
  flags: z.record(z.string(), Entry.extend({ unit: z.string(), yes: z.string(), no: z.string() })),
  actors: z.record(
    z.string(),
    /** `plural` for a subject that takes "have" and "are": the Taliban. */
    Entry.extend({ subject: z.string().min(1), plural: z.boolean().optional() }),
  ),
  /** A variant's "What if" question, where its title is not a clause that "What if" can begin. */
  questions: z.record(z.string(), z.string().regex(/^What if .+\?$/)),
  postures: z.record(
    z.string(),
    /** `afterKabulFalls`: the status once Kabul has fallen, for a posture the fall leaves standing but false. */
    z.strictObject({ label: z.string().min(1), afterKabulFalls: z.string().min(1).optional() }),
  ),
  actions: z.record(
    z.string(),
    z.record(
      z.string(),
      /** `quote: 'against'`: the move's quote is the reports' case against it, and is labelled so. */
      Entry.extend({ to: z.string().min(1), did: z.string().min(1), quote: z.literal('against').optional() }),
    ),
  ),
});
export type Vocabulary = z.infer<typeof Vocabulary>;
export type IndicatorWords = Vocabulary['indicators'][string];
export type ZoneFieldWords = Vocabulary['zoneFields'][string];
export type FlagWords = Vocabulary['flags'][string];
export type ActorWords = Vocabulary['actors'][string];
export type ActionWords = Vocabulary['actions'][string][string];

export const vocabulary: Vocabulary = Vocabulary.parse(data);

/** An id as words, for a name the vocabulary lacks (content from another checkout): "kabul_fallen" -> "kabul fallen". */
export const humanize = (id: string) => id.replace(/[_.]+/g, ' ');

export function indicatorWords(id: string): IndicatorWords {
  const words = vocabulary.indicators[id];
  if (words) return words;
  const label = humanize(id);
  return { label, phrase: label, meaning: label, unit: 'out of 100' };
}

export function zoneFieldWords(field: string): ZoneFieldWords {
  const words = vocabulary.zoneFields[field];
  if (words) return words;
  const label = humanize(field);
  return { label, phrase: `${label} in {zone}`, noun: label, meaning: label, unit: 'out of 100' };
}

export function flagWords(id: string): FlagWords {
  const words = vocabulary.flags[id];
  if (words) return words;
  const label = humanize(id);
  return { label, meaning: label, unit: 'yes or no', yes: label, no: `not ${label}` };
}

export function actorWords(id: string): ActorWords {
  const words = vocabulary.actors[id];
  if (words) return words;
  const label = humanize(id);
  return { label, subject: label, meaning: label };
}

export function postureLabel(posture: string): string {
  return vocabulary.postures[posture]?.label ?? humanize(posture);
}

/** "The US keeps its troops in Afghanistan" -> "What if the US keeps its troops in Afghanistan?" */
export function whatIfQuestion(variant: string, title: string): string {
  const written = vocabulary.questions[variant];
  if (written) return written;
  const lowered = /^(The|A|An) /.test(title) ? `${title[0]?.toLowerCase()}${title.slice(1)}` : title;
  return `What if ${lowered.replace(/[.?!]$/, '')}?`;
}

/**
 * An actor's status as the game stands: the Afghan Republic keeps the posture "government" after Kabul falls
 * (the rules read it), but "governing in Kabul" would then be false.
 */
export function statusLabel(posture: string, kabulFallen: boolean): string {
  const words = vocabulary.postures[posture];
  return (kabulFallen && words?.afterKabulFalls) || postureLabel(posture);
}

/**
 * What a move's quote is, when it is not support: the lead the decision panel puts above a quote that argues
 * against the move, so that a student does not read it as an endorsement. Null for a quote that supports it.
 */
export function quoteLead(actor: string, action: string): string | null {
  return vocabulary.actions[actor]?.[action]?.quote === 'against'
    ? 'Against this move, the reports say:'
    : null;
}

export function actionWords(actor: string, action: string): ActionWords {
  if (action === 'pass')
    return { label: 'Pass', meaning: 'Do nothing this turn.', to: 'pass', did: 'passed' };
  const words = vocabulary.actions[actor]?.[action];
  if (words) return words;
  const label = humanize(action);
  return { label, meaning: label, to: label, did: `taken the action “${label}”` };
}

/** A value with its unit, for sentences and tooltips: "40%", "35". */
export function withUnit(value: number, unit: string): string {
  return unit === '%' ? `${value}%` : `${value}`;
}

/** A line for a tooltip or a legend: "Tajik-Taliban tension (out of 100): How hostile ... Higher is worse for Russia." */
export function indicatorNote(id: string): string {
  const w = indicatorWords(id);
  const view = w.forRussia ? ` ${w.forRussia[0]?.toUpperCase()}${w.forRussia.slice(1)} for Russia.` : '';
  return `${w.label} (${w.unit === '%' ? 'percent' : w.unit}): ${w.meaning}${view}`;
}
