import { decodeShareFragment, encodeShareFragment, SHARE_PREFIX } from '../replay/share-link.ts';
import { createMapGame, rendererName } from '../scenes/create-game.ts';
import { monthName } from '../text/words.ts';
import { addressOfGame, gameFromAddress } from './address.ts';
import { geometry, library, source } from './bundle.ts';
import { el, fill, withKey } from './dom.ts';
import { errorBanner } from './error-banner.ts';
import { bindKeys } from './keyboard.ts';
import { Legend } from './legend.ts';
import { type Dialog, Overlay } from './overlay.ts';
import { downloadReplay, parseReplay, readReplayFile, shareLink } from './replay-io.ts';
import { replayRecords, Session, type StartOptions } from './session.ts';
import { SidePanels } from './side-panels.ts';
import { noteDrawn, publishTestHook } from './test-hook.ts';
import { Timeline } from './timeline.ts';
import { zoneTooltip } from './tooltip.ts';

/** The browser game: the page around the map, wired to one Session. */
export function startApp(root: HTMLElement): void {
  const session = new Session(source);
  let drawnKey = '';
  /** The zone whose tooltip is open: its values are refreshed when the turn shown changes under it. */
  let hovered: string | null = null;
  const timeline = new Timeline(session, { changed: () => render(), leftReplay: () => showGameInAddress() });
  const overlay = new Overlay(session, library, {
    changed: () => render(),
    setupDefaults: () => gameFromAddress(location.search).options,
    start,
  });
  const show = (dialog: Dialog | null) => overlay.show(dialog);
  const side = new SidePanels(session, library, {
    changed: () => render(),
    openQuote: (citation) => show({ kind: 'quote', citation }),
    report: (message) => {
      if (message) session.fail(message);
    },
  });

  const fileInput = el('input', {
    type: 'file',
    accept: 'application/json,.json',
    hidden: true,
    id: 'replay-file',
  });
  const status = el('span', { class: 'status', id: 'status' });
  const bar = el(
    'header',
    { id: 'bar' },
    el('h1', {}, 'greatgame'),
    status,
    el(
      'button',
      { type: 'button', id: 'new-game', onclick: () => show({ kind: 'setup' }) },
      ...withKey('New game', 'G'),
    ),
    el(
      'button',
      { type: 'button', id: 'download-replay', onclick: () => download() },
      ...withKey('Download replay', 'D'),
    ),
    el('button', { type: 'button', id: 'share-link', onclick: () => share() }, ...withKey('Share link', 'S')),
    el(
      'button',
      { type: 'button', id: 'open-replay', onclick: () => fileInput.click() },
      ...withKey('Open replay', 'O'),
    ),
    el(
      'button',
      { type: 'button', id: 'help', onclick: () => show({ kind: 'help' }) },
      ...withKey('Keys', '?'),
    ),
    fileInput,
  );
  const mapHolder = el('section', { id: 'map', 'aria-label': 'Map of Afghanistan and its neighbours' });
  const tooltip = el('div', { id: 'tooltip', hidden: true, role: 'tooltip' });
  const drop = el('div', { id: 'drop', hidden: true }, 'Drop a replay file to play it back');
  // Above every dialog: a bad link or file must say so even before a game exists.
  const errorHolder = el('div', { id: 'error-holder' });
  let errorShown: string | null = null;
  root.append(bar, mapHolder, side.element, timeline.element);
  document.body.append(overlay.element, tooltip, drop, errorHolder);
  const legend = new Legend();
  mapHolder.append(legend.element);
  // On a narrow screen the map's box keeps the map's own shape (styles.css).
  mapHolder.style.setProperty('--map-aspect', `${geometry.width} / ${geometry.height}`);

  const { game: phaser, scene } = createMapGame(mapHolder, geometry);
  const hook = publishTestHook(() => ({ session, renderer: rendererName(phaser), drawnKey, scene }));

  scene.setCallbacks({
    hover: (zone, x, y) => {
      hovered = zone;
      if (!zone || !session.started) {
        tooltip.hidden = true;
        return;
      }
      fill(tooltip, zoneTooltip(zone, session.shown.state, session.shown.prepared.content.scenario));
      tooltip.style.left = `${x + 14}px`;
      tooltip.style.top = `${y + 14}px`;
      tooltip.hidden = false;
    },
    drawn: (key) => {
      drawnKey = key;
      noteDrawn();
      hook.changed();
    },
  });

  function start(options: StartOptions): string | null {
    timeline.stopAutoplay();
    const problem = session.start(options);
    if (problem === null) {
      overlay.set(null);
      showGameInAddress();
      render();
    }
    return problem;
  }

  /** Puts the live game's setup in the address bar, so that a reload starts it again (and no share link lingers). */
  function showGameInAddress(): void {
    const { meta } = session.live.state;
    history.replaceState(null, '', addressOfGame({ ...meta, humans: session.humans }));
  }

  function download(): void {
    if (session.started) downloadReplay(session.replay());
  }

  function share(): void {
    if (!session.started) return;
    show({ kind: 'share', url: shareLink(session.replay()) });
  }

  function playBack(data: unknown, label: string): void {
    timeline.stopAutoplay();
    const parsed = parseReplay(data, label);
    if (!parsed.ok) {
      session.fail(parsed.message);
      return;
    }
    const played = replayRecords(source, parsed.replay);
    if (!played.ok) {
      session.fail(`${label}: ${played.message}`);
      return;
    }
    overlay.set(null);
    session.load(parsed.replay, played.verdict, played.records);
    // A reload plays the same replay back again, instead of whatever game the address named before.
    history.replaceState(null, '', `${location.pathname}${encodeShareFragment(parsed.replay)}`);
  }

  /** Counts the files asked for: only the last one chosen may replace the game, whichever is read last. */
  let fileRequests = 0;

  async function openFile(file: File): Promise<void> {
    const request = ++fileRequests;
    const game = session.gameNumber;
    let read: Awaited<ReturnType<typeof readReplayFile>>;
    try {
      read = await readReplayFile(file);
    } catch (e) {
      // A folder dropped, or a file moved or removed since it was chosen.
      read = { ok: false, message: `${file.name}: cannot be read (${(e as Error).message})` };
    }
    // A newer file, or a game started meanwhile, wins over this one.
    if (request !== fileRequests || game !== session.gameNumber) return;
    if (read.ok) playBack(read.replay, file.name);
    else session.fail(read.message);
  }

  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    if (file) void openFile(file);
    fileInput.value = '';
  });
  // Only files start a replay: a dragged piece of text is not one.
  const draggingFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;
  window.addEventListener('dragover', (e) => {
    if (!draggingFiles(e)) return;
    e.preventDefault();
    drop.hidden = false;
  });
  window.addEventListener('dragleave', (e) => {
    if (e.relatedTarget === null) drop.hidden = true;
  });
  window.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.hidden = true;
    const file = e.dataTransfer?.files[0];
    if (file) void openFile(file);
  });
  window.addEventListener('hashchange', () => openFragment());
  // A reload or a closed tab would lose the decisions people made: the browser asks first.
  window.addEventListener('beforeunload', (event) => {
    if (session.started && !session.playback && !session.over && session.decisions.length > 0)
      event.preventDefault();
  });

  bindKeys({
    session,
    camera: () => scene.camera,
    closeOverlay: () => show(null),
    covered: () => overlay.covering,
    tab: () => side.tab,
    toggleHelp: () => show(overlay.kind === 'help' ? null : { kind: 'help' }),
    newGame: () => show({ kind: 'setup' }),
    download,
    share,
    open: () => fileInput.click(),
    selectTab: (tab) => side.select(tab),
    toggleAutoplay: () => timeline.toggleAutoplay(),
  });

  function render(): void {
    overlay.render();
    // Under a dialog or the hand-over screen the page cannot be reached, not even by Tab: the next player
    // must not open a dialog, or a new game, over the hand-over.
    for (const part of [bar, mapHolder, side.element, timeline.element]) part.inert = overlay.covering;
    // Redrawn only when the message changes: an alert rebuilt on every render is announced again each time.
    if (session.error !== errorShown) {
      fill(
        errorHolder,
        errorBanner(session.error, () => session.clearError()),
      );
      errorShown = session.error;
    }
    side.render();
    if (!session.started) {
      status.textContent = 'No game yet';
      legend.show(null);
      hook.changed();
      return;
    }
    const shown = session.shown;
    const meta = shown.state.meta;
    const turnsShown = shown.log.length;
    const date = shown.log[turnsShown - 1]?.date ?? meta.date;
    status.textContent = `${shown.prepared.content.scenario.title} · ${meta.variant} · seed ${meta.seed} · ${turnsShown} of ${meta.turns} turns played · ${monthName(date)}`;
    if (session.viewing !== null)
      status.append(
        ' · ',
        el('span', { class: 'viewing' }, session.playback ? 'replay' : 'looking back (read-only)'),
      );

    legend.show(shown.prepared.content);
    if (hovered && !tooltip.hidden)
      fill(tooltip, zoneTooltip(hovered, shown.state, shown.prepared.content.scenario));
    scene.show({
      content: shown.prepared.content,
      state: shown.state,
      actions: shown.log[turnsShown - 1]?.actions ?? [],
      key: session.shownKey,
    });

    timeline.render();
    hook.changed();
  }

  function openFragment(): boolean {
    if (!location.hash.startsWith(SHARE_PREFIX)) return false;
    const decoded = decodeShareFragment(location.hash);
    if (!decoded.ok) session.fail(decoded.message);
    else playBack(decoded.data, 'the share link');
    return true;
  }

  session.subscribe(render);
  if (!openFragment()) {
    const { options, problem: addressProblem } = gameFromAddress(location.search);
    if (addressProblem) session.fail(addressProblem);
    else if (options.scenario) {
      const problem = start({
        scenario: options.scenario,
        variant: options.variant ?? 'baseline',
        seed: options.seed ?? 1,
        humans: options.humans ?? [],
      });
      if (problem) {
        overlay.set({ kind: 'setup' });
        session.fail(`The address asks for a game that cannot start: ${problem}`);
      }
    }
  }
  render();
}
