import { actionWords, actorWords } from './vocabulary.ts';

/**
 * What a map badge says when hovered, tapped or read aloud: whose it is, what it did and how it went, in the
 * vocabulary's words ("Russia: Convene regional talks (succeeded)").
 */
export function badgeLabel(actor: string, action: string, success: boolean): string {
  return `${actorWords(actor).label}: ${actionWords(actor, action).label} (${success ? 'succeeded' : 'failed'})`;
}
