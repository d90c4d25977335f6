/** Short names for the five reports in ../shared/seeds, for chronicles and briefings. */
export const SOURCES: Readonly<Record<string, { year: number; short: string; title: string }>> = {
  '000_8c4da183d0938c5d.txt': {
    year: 2018,
    short: 'Stepanova, Ifri 2018',
    title: "Russia's Afghan Policy in the Regional and Russia-West Contexts (Ifri, May 2018)",
  },
  '001_09ab83d40f3f135c.txt': {
    year: 2021,
    short: 'Janse, SCEEUS 2021',
    title: 'Russian Interests in Afghanistan (SCEEUS, Oct 2021)',
  },
  '002_318213e2a4a15a31.txt': {
    year: 2017,
    short: 'Intersection 2017',
    title: 'A Dangerous Flirtation: Russia and the Taliban (Apr 2017)',
  },
  '003_5657161a6a22a493.txt': {
    year: 2021,
    short: 'Stepanova, PONARS 2021',
    title: "Russia's Approach to Afghanistan Following the Taliban Takeover (PONARS Eurasia, 2021)",
  },
  '004_f66c701fc97e74f9.txt': {
    year: 2023,
    short: 'CSRS 2023',
    title: 'Russia and the Islamic Emirate: Policy Changes and Dual Objectives (CSRS, Nov 2023)',
  },
};

/** The year a report was published, or its file name when it is not one of the five. */
export function sourceYear(file: string): string {
  return String(SOURCES[file]?.year ?? file);
}

export function sourceLabel(file: string): string {
  return SOURCES[file]?.short ?? file;
}
