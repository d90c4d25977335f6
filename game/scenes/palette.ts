/**
 * Colours of the map. Zone control uses the Okabe-Ito palette, which stays distinct under the common forms of
 * colour blindness; every zone also spells its controller out in its label, so colour is never the only cue.
 * Keyed by actor id: which actors can hold a zone is the content's to say (`zoneControllers`), and a test
 * checks that each of them, in every scenario and variant, has a colour and a name here.
 */
export const CONTROL_COLOURS: Readonly<Record<string, number>> = {
  taliban: 0xd55e00, // vermillion
  afghan_republic: 0x0072b2, // blue
  resistance: 0x009e73, // bluish green
};
/** A zone whose controller is unknown or none of the above. */
export const UNKNOWN_CONTROL = 0x999999;

export const COLOURS = {
  sea: 0xdfe9ef,
  land: 0xf2efe6,
  landEdge: 0x9c9685,
  actorLand: 0xe8e2d0,
  border: 0x5c3d8f, // reddish purple family: Tajik, Uzbek and Turkmen borders
  route: 0xcc79a7, // Okabe-Ito reddish purple: the narcotics route
  isisk: 0x000000,
  refugees: 0x56b4e9, // sky blue
  place: 0x333333,
  /** An action badge's ring and letter: dark when the action succeeded, grey when it failed. */
  succeeded: 0x1d1d1d,
  failed: 0x999999,
  failedText: '#888888',
  text: '#1d1d1d',
  muted: '#5a5a5a',
} as const;

/** The short name a zone's label and tooltip give its controller. */
export const CONTROL_NAMES: Readonly<Record<string, string>> = {
  taliban: 'Taliban',
  afghan_republic: 'Republic',
  resistance: 'Resistance',
};

/** A controller's short name, or its id if the palette has none. */
export function controllerName(id: string): string {
  return CONTROL_NAMES[id] ?? id;
}

/**
 * The legend's key to zone control for these controllers (`zoneControllers` of the content shown): the
 * palette's order, then any it lacks, which the map draws grey.
 */
export function controlKey(controllers: readonly string[]): { id: string; name: string; colour: number }[] {
  const known = Object.keys(CONTROL_COLOURS);
  const order = [
    ...known.filter((id) => controllers.includes(id)),
    ...controllers.filter((id) => !known.includes(id)),
  ];
  return order.map((id) => ({
    id,
    name: controllerName(id),
    colour: CONTROL_COLOURS[id] ?? UNKNOWN_CONTROL,
  }));
}

export const FONT = '"Noto Sans", sans-serif';
