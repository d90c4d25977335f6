import citationIndex from '../../assets/citations.json';
import mapGeometry from '../../assets/map.json';
import { buildLibrary, type Library, type RawFile } from '../content/library.ts';
import { createContentSource } from '../content/source.ts';
import type { ContentSource } from '../engine/index.ts';
import type { MapGeometry } from '../map/geometry.ts';
import type { CitationIndex } from '../text/citation-index.ts';

/**
 * The content the browser plays: every file of scenarios/, bundled at build time by Vite, run through the
 * same library and checks as the CLI's. Nothing is fetched at run time.
 */
const files = import.meta.glob('../../scenarios/**/*.json', { eager: true, import: 'default' }) as Record<
  string,
  unknown
>;

const raw: RawFile[] = Object.entries(files).map(([path, data]) => ({
  path: path.replace(/^\.\.\/\.\.\/scenarios\//, ''),
  data,
}));

export const library: Library = buildLibrary(raw);
export const source: ContentSource = createContentSource(library);
export const citations = citationIndex as CitationIndex;
export const geometry = mapGeometry as unknown as MapGeometry;
