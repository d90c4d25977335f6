import { z } from 'zod';
import { Citations } from './citation.ts';
import { ActorId } from './ids.ts';

/**
 * A paragraph of a role briefing (issue 13): the situation at the scenario's start, in the present tense, for a
 * reader who does not yet know how the period ends, with the passages of the reports it is drawn from.
 */
export const Situation = z.strictObject({
  text: z.string().min(40).max(900),
  citations: Citations,
});
export type Situation = z.infer<typeof Situation>;

/**
 * <scenario>/briefing.json: what the briefing cards say of the scenario's start. `opening` is the scenario's,
 * shown to a role without a paragraph of its own. Never read by the engine, and not part of the content hash.
 */
export const BriefingFile = z.strictObject({
  opening: Situation,
  roles: z.record(ActorId, Situation).default({}),
});
export type BriefingFile = z.infer<typeof BriefingFile>;
