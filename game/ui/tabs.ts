/** The tabs beside the map, in order, with the key that selects each: the panels and the shortcuts read this. */
export const TABS = [
  { id: 'decide', label: 'Decide', key: 'A' },
  { id: 'log', label: 'Log', key: 'J' },
  { id: 'charts', label: 'Charts', key: 'C' },
  { id: 'scores', label: 'Scores', key: 'P' },
] as const;

export type Tab = (typeof TABS)[number]['id'];
