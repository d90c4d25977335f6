import { SEED_EXPECTED, seedFromText } from '../../content/seed-text.ts';

/** What the teacher filled in on "Run a classroom", as typed. */
export interface CreateFields {
  scenario: string;
  variants: string[];
  seed: string;
  roles: string[];
  turnSeconds: string;
  forecasts: boolean;
  /** Students may see why the rule tables chose their actions. */
  aiReasons: boolean;
}

export interface CreateBody {
  scenario: string;
  variant?: string;
  seed?: number;
  roles: string[];
  turnSeconds: number | null;
  forecasts: boolean;
  aiReasons: boolean;
}

/** The server's bounds on a turn timer (game/server/http/bodies.ts). */
export const MIN_TURN_SECONDS = 10;
export const MAX_TURN_SECONDS = 86_400;

/**
 * The body of POST /api/sessions, or the first thing wrong with the form in a sentence. A blank seed is left out
 * (the server draws one and keeps it from the students); a blank timer means no timer.
 */
export function createBody(
  fields: CreateFields,
): { ok: true; body: CreateBody } | { ok: false; message: string } {
  if (fields.roles.length === 0)
    return { ok: false, message: 'Choose at least one role for the students to play.' };
  const seedText = fields.seed.trim();
  const seed = seedText ? seedFromText(seedText) : null;
  if (seedText && seed === null)
    return { ok: false, message: `The seed must be ${SEED_EXPECTED}, or blank for a random one.` };
  const timerText = fields.turnSeconds.trim();
  let turnSeconds: number | null = null;
  if (timerText) {
    const n = Number(timerText);
    if (!/^\d+$/.test(timerText) || n < MIN_TURN_SECONDS || n > MAX_TURN_SECONDS)
      return {
        ok: false,
        message: `The turn timer is a whole number of seconds from ${MIN_TURN_SECONDS} to ${MAX_TURN_SECONDS}, or blank for none.`,
      };
    turnSeconds = n;
  }
  const variants = fields.variants.filter((v) => v && v !== 'baseline');
  return {
    ok: true,
    body: {
      scenario: fields.scenario,
      ...(variants.length ? { variant: variants.join('+') } : {}),
      ...(seed !== null ? { seed } : {}),
      roles: [...new Set(fields.roles)].sort(),
      turnSeconds,
      forecasts: fields.forecasts,
      aiReasons: fields.aiReasons,
    },
  };
}
