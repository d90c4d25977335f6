/** The engine's public surface, shared by the CLI, the browser, workers and the server. */
export type { Game, GameView, NewGameOptions, OpenedScenario, Role, ScenarioChoice } from './api.ts';
export {
  configureEngine,
  legalActions,
  newGame,
  openScenario,
  step,
  submit,
  unavailableActions,
  view,
} from './api.ts';
export type { BatchGame, TurnObserver } from './batch.ts';
export { playBatchGame, playBatchOn } from './batch.ts';
export { dateOfTurn, monthsPer, shiftMonths, turnCount } from './calendar.ts';
export type { ContentSource, ResolveRequest, ScenarioContent } from './content-source.ts';
export type { DecisionExplanation, RowExplanation, RowStatus, TableExplanation } from './explain.ts';
export { explainDecision, nearestFlipWhere } from './explain.ts';
export type { FlipCandidate } from './flip.ts';
export { hashString } from './hash.ts';
export { injectEvent, injectedEffects } from './inject.ts';
export { TAKEOVER_SHARE } from './phases/world-zone.ts';
export type { DecisionFailure, Verdict } from './playback.ts';
export { playScripted, verifyReplay } from './playback.ts';
export { prepare } from './prepare.ts';
export type { Prepared } from './prepared.ts';
export type { Problem } from './problem.ts';
export { formatProblem } from './problem.ts';
export { derivedSeed, reseeded } from './reseed.ts';
export type { EngineError, ErrorCode, LegalAction, Result, UnavailableAction } from './result.ts';
export { invalidContent } from './result.ts';
export * from './schema/index.ts';
export type { StateTest } from './state-condition.ts';
export { compileStateCondition } from './state-condition.ts';
export type { AtomTrace, ConditionTrace } from './trace.ts';
export { traceCondition } from './trace.ts';
export { stateAtDecision } from './turn.ts';
export { PASS } from './vocabulary.ts';
export { TAKEOVER_ACTOR, zoneControllers } from './zone-controllers.ts';
