/** Short names for the five reports in ../shared/seeds, for chronicles and briefings. */
export const SOURCES: Readonly<Record<string, { short: string; title: string }>> = {
  '000_8c4da183d0938c5d.txt': {
    short: 'Stepanova, Ifri 2018',
    title: "Russia's Afghan Policy in the Regional and Russia-West Contexts (Ifri, May 2018)",
  },
  '001_09ab83d40f3f135c.txt': {
    short: 'Janse, SCEEUS 2021',
    title: 'Russian Interests in Afghanistan (SCEEUS, Oct 2021)',
  },
  '002_318213e2a4a15a31.txt': {
    short: 'Intersection 2017',
    title: 'A Dangerous Flirtation: Russia and the Taliban (Apr 2017)',
  },
  '003_5657161a6a22a493.txt': {
    short: 'Stepanova, PONARS 2021',
    title: "Russia's Approach to Afghanistan Following the Taliban Takeover (PONARS Eurasia, 2021)",
  },
  '004_f66c701fc97e74f9.txt': {
    short: 'CSRS 2023',
    title: 'Russia and the Islamic Emirate: Policy Changes and Dual Objectives (CSRS, Nov 2023)',
  },
};

export function sourceLabel(file: string): string {
  return SOURCES[file]?.short ?? file;
}
