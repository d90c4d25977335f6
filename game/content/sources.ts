/**
 * The five reports in ../shared/seeds (their README), named by author, institution and year wherever a student
 * sees a source: `short` beside a quote, `title` over a quote in context. The file names stay for the CLI's
 * options and the content's citations.
 */
export interface Source {
  /** The author, or the publisher when the report names none. */
  author: string;
  institution: string;
  year: number;
  short: string;
  title: string;
}

const source = (author: string, institution: string, year: number, title: string): Source => ({
  author,
  institution,
  year,
  short: author === institution ? `${institution}, ${year}` : `${author}, ${institution}, ${year}`,
  title,
});

export const SOURCES: Readonly<Record<string, Source>> = {
  '000_8c4da183d0938c5d.txt': source(
    'Ekaterina Stepanova',
    'Ifri',
    2018,
    "Russia's Afghan Policy in the Regional and Russia-West Contexts (Russie.NEI.Reports No. 23, May 2018)",
  ),
  '001_09ab83d40f3f135c.txt': source(
    'Diana Janse',
    'SCEEUS',
    2021,
    'Russian Interests in Afghanistan (SCEEUS Report No. 1, October 2021)',
  ),
  '002_318213e2a4a15a31.txt': source(
    'Intersection',
    'Intersection',
    2017,
    'A Dangerous Flirtation: Russia and the Taliban (Intersection magazine, 25 April 2017)',
  ),
  '003_5657161a6a22a493.txt': source(
    'Ekaterina Stepanova',
    'IMEMO, PONARS Eurasia',
    2021,
    "Russia's Approach to Afghanistan Following the Taliban Takeover (PONARS Eurasia Policy Memo No. 724, 2021)",
  ),
  '004_f66c701fc97e74f9.txt': source(
    'CSRS',
    'CSRS',
    2023,
    'Russia and the Islamic Emirate: Policy Changes and Dual Objectives (Centre for Strategic and Regional Studies, Kabul, Weekly Analysis No. 420, November 2023)',
  ),
};

/** The year a report was published, or its file name when it is not one of the five. */
export function sourceYear(file: string): string {
  return String(SOURCES[file]?.year ?? file);
}

/** "Ekaterina Stepanova, Ifri, 2018": a report as a student reads it; an unknown file name stays as it is. */
export function sourceLabel(file: string): string {
  return SOURCES[file]?.short ?? file;
}

/** The report's full title and author, for a quote shown in context. */
export function sourceTitle(file: string): string {
  const s = SOURCES[file];
  if (!s) return file;
  return s.author === s.institution ? s.title : `${s.author}, ${s.title}`;
}
