/**
 * `npm run golden`: records, deliberately, how the AI plays now, so that a test notices when it changes.
 * For each scenario: tests/golden/<scenario>.json (the outcome distribution over 200 fixed seeds) and
 * tests/golden/<scenario>.replay.json (one recorded game, with a person playing Russia for three turns,
 * verified hash by hash in CI). Review the diff: a shift in AI behaviour should be visible and intended.
 */
import { writeFileSync } from 'node:fs';
import { outcomeDistribution } from '../game/analysis/distribution.ts';
import { loadLibrary } from '../game/content/disk.ts';
import { createContentSource } from '../game/content/source.ts';
import { ENGINE_VERSION } from '../game/content/version.ts';
import type { DecisionEntry } from '../game/engine/index.ts';
import {
  configureEngine,
  formatProblem,
  legalActions,
  newGame,
  playScripted,
  step,
  submit,
} from '../game/engine/index.ts';
import { replayOf } from '../game/replay/replay-file.ts';

export const GOLDEN_SEEDS = Array.from({ length: 200 }, (_, i) => 1000 + i);
const GOLDEN_DIR = new URL('../tests/golden/', import.meta.url);
const REPLAY_SEED = 7;

configureEngine({ freeze: false });
const library = loadLibrary();
if (library.errors.length > 0) {
  process.stderr.write(`golden: fix the content first:\n${library.errors.map(formatProblem).join('\n')}\n`);
  process.exit(1);
}
const source = createContentSource(library);

/** Russia's first legal action other than pass, for the first three turns. */
function russianMoves(scenario: string): DecisionEntry[] {
  const created = newGame(source, { scenario, seed: REPLAY_SEED, humans: ['russia'] });
  if (!created.ok) throw new Error(created.error.message);
  let game = created.game;
  const decisions: DecisionEntry[] = [];
  for (let turn = 1; turn <= 3; turn++) {
    const legal = legalActions(game, 'russia');
    const move = legal.ok ? legal.actions.find((a) => a.action !== 'pass') : undefined;
    if (move) {
      const decision = { turn, actor: 'russia', action: move.action, target: move.targets?.[0] ?? null };
      const submitted = submit(game, 'russia', decision);
      if (!submitted.ok) throw new Error(submitted.error.message);
      game = submitted.game;
      decisions.push(decision);
    }
    const stepped = step(game);
    if (!stepped.ok) throw new Error(stepped.error.message);
    game = stepped.game;
  }
  return decisions;
}

for (const scenario of [...library.scenarios.keys()].sort()) {
  const distribution = outcomeDistribution(source, scenario, 'baseline', GOLDEN_SEEDS);
  writeFileSync(new URL(`${scenario}.json`, GOLDEN_DIR), `${JSON.stringify(distribution, null, 2)}\n`);
  const decisions = russianMoves(scenario);
  const played = playScripted(source, { scenario, seed: REPLAY_SEED }, decisions);
  if (!played.ok) throw new Error(played.error.message);
  const replay = replayOf(played.game, decisions, ENGINE_VERSION);
  writeFileSync(new URL(`${scenario}.replay.json`, GOLDEN_DIR), `${JSON.stringify(replay, null, 2)}\n`);
  process.stdout.write(`golden: ${scenario} (${GOLDEN_SEEDS.length} seeds; replay of seed ${REPLAY_SEED})\n`);
}
