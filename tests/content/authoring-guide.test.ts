import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../game/content/disk.ts';
import { buildLibrary } from '../../game/content/library.ts';
import { reportsDir } from '../../game/content/reports-dir.ts';
import { createContentSource } from '../../game/content/source.ts';
import { validateFile } from '../../game/content/validate.ts';
import { playScripted } from '../../game/engine/index.ts';
import { shipped, library as shippedLibrary } from '../helpers/shipped.ts';

/** scenarios/README.md: the authoring guide, whose examples a reader copies as they are. */
const GUIDE = readFileSync(new URL('../../scenarios/README.md', import.meta.url), 'utf8');

/** The text of a section of the guide, from its heading to the next one. */
function section(heading: string): string {
  const start = GUIDE.indexOf(`\n## ${heading}`);
  if (start < 0) throw new Error(`no section '${heading}' in scenarios/README.md`);
  const end = GUIDE.indexOf('\n## ', start + 1);
  return GUIDE.slice(start, end < 0 ? undefined : end);
}

/** Quotes are checked word for word when the reports are at hand, as `greatgame validate` does. */
const report = (source: string) => {
  const path = join(reportsDir(), source);
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
};

interface Scheduled {
  id: string;
  citations: { quote: string }[];
}

describe('the guide`s example event (section 1), added where it says', () => {
  const text = section('1. Add a historical event');
  const event = JSON.parse(text.match(/```json\n([\s\S]*?)```/)?.[1] ?? 'null') as Scheduled;
  const into = text.match(/`scheduled` list of `([a-z0-9-]+)\/events\.json`/)?.[1] ?? '';
  const { files } = readContentFiles();
  const existing = files.find((f) => f.path === `${into}/events.json`)?.data as { scheduled: Scheduled[] };
  const edited = { ...existing, scheduled: [...existing.scheduled, event] };

  it('is valid', () => {
    const where = { relative: `${into}/events.json`, name: 'events.json', dirName: into };
    expect(validateFile(`${into}/events.json`, edited, files, where, report)).toEqual([]);
  });

  it('is a new event: no event of the scenario has its id or its quote', () => {
    for (const other of existing.scheduled) {
      expect(other.id).not.toBe(event.id);
      expect(other.citations[0]?.quote).not.toBe(event.citations[0]?.quote);
    }
  });

  it('fires once in a game', () => {
    const path = `${into}/events.json`;
    const library = buildLibrary(files.map((f) => (f.path === path ? { path, data: edited } : f)));
    const source = createContentSource(library);
    for (const seed of [1, 2, 3]) {
      const played = playScripted(source, { scenario: into, seed }, []);
      if (!played.ok) throw new Error(played.error.message);
      const fired = played.game.log.flatMap((log) => log.events).filter((e) => e.id === event.id);
      expect(fired, `seed ${seed}`).toHaveLength(1);
    }
  });
});

describe('the guide`s example of combined variants (section 3)', () => {
  it('names variants that apply to one scenario together', () => {
    const combined = section('3. Add a counterfactual variant').match(
      /--variant ([a-z0-9-]+\+[a-z0-9+-]+)/,
    )?.[1];
    if (!combined) throw new Error('no --variant a+b in section 3');
    const scenarios = [...shippedLibrary.scenarios.keys()].filter(
      (scenario) => shipped.resolve({ scenario, variant: combined, withoutSource: [] }).ok,
    );
    expect(scenarios).not.toEqual([]);
  });
});
