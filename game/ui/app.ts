import { createMapGame, rendererName } from '../scenes/create-game.ts';
import { setupDefaults, showGameInAddress, startFromAddress } from './address-sync.ts';
import { openBriefings } from './briefing-cards.ts';
import { geometry, library, source } from './bundle.ts';
import { el, fill } from './dom.ts';
import { errorBanner } from './error-banner.ts';
import { Header } from './header.ts';
import { bindKeys } from './keyboard.ts';
import { Legend } from './legend.ts';
import { type Dialog, Overlay } from './overlay.ts';
import { ReplayInput } from './replay-input.ts';
import { downloadReplay, shareLink } from './replay-io.ts';
import { Session, type StartOptions } from './session.ts';
import { SidePanels } from './side-panels.ts';
import { noteDrawn, publishTestHook } from './test-hook.ts';
import { Timeline } from './timeline.ts';
import { zoneTooltip } from './tooltip.ts';

/**
 * The browser game: the page around the map, wired to one Session. Each part owns its own elements and state
 * (docs/browser.md); this file makes them, connects them and asks each to bring itself up to date on render().
 */
export function startApp(root: HTMLElement): void {
  const session = new Session(source);
  let drawnKey = '';
  /** The zone whose tooltip is open: its values are refreshed when the turn shown changes under it. */
  let hovered: string | null = null;
  const timeline = new Timeline(session, {
    changed: () => render(),
    leftReplay: () => showGameInAddress(session),
  });
  const overlay = new Overlay(session, library, { changed: () => render(), setupDefaults, start });
  const show = (dialog: Dialog | null) => overlay.show(dialog);
  const side = new SidePanels(session, library, {
    changed: () => render(),
    openQuote: (citation) => show({ kind: 'quote', citation }),
    report: (message) => {
      if (message) session.fail(message);
    },
  });
  const replays = new ReplayInput(session, source, {
    stopAutoplay: () => timeline.stopAutoplay(),
    closeDialog: () => overlay.set(null),
  });
  const download = () => {
    if (session.started) downloadReplay(session.replay());
  };
  const briefing = () => {
    if (session.started && !openBriefings(session))
      session.fail(
        'The browser did not open the briefings in a new tab: allow pop-ups for this page and try again.',
      );
  };
  const share = () => {
    if (session.started) show({ kind: 'share', url: shareLink(session.replay()) });
  };
  const header = new Header(
    {
      newGame: () => show({ kind: 'setup' }),
      download,
      share,
      open: () => replays.choose(),
      briefing,
      help: () => show({ kind: 'help' }),
    },
    replays.fileInput,
  );
  const legend = new Legend();
  const mapHolder = el('section', { id: 'map', 'aria-label': 'Map of Afghanistan and its neighbours' });
  const tooltip = el('div', { id: 'tooltip', hidden: true, role: 'tooltip' });
  // Above every dialog: a bad link or file must say so even before a game exists.
  const errorHolder = el('div', { id: 'error-holder' });
  let errorShown: string | null = null;
  root.append(header.element, mapHolder, side.element, timeline.element);
  document.body.append(overlay.element, tooltip, replays.drop, errorHolder);
  mapHolder.append(legend.element);
  // On a narrow screen the map's box keeps the map's own shape (styles/overlays.css).
  mapHolder.style.setProperty('--map-aspect', `${geometry.width} / ${geometry.height}`);

  const { game: phaser, scene } = createMapGame(mapHolder, geometry);
  const hook = publishTestHook(() => ({ session, renderer: rendererName(phaser), drawnKey, scene }));
  const showTooltip = (zone: string) => {
    const { state, prepared } = session.shown;
    fill(tooltip, zoneTooltip(zone, state, prepared.content.scenario));
  };

  const hideTooltip = () => {
    hovered = null;
    tooltip.hidden = true;
  };
  // A tapped zone's tooltip stays until something else is touched: a tap anywhere off the map closes it (a tap
  // on the map is the scene's, which closes it off every zone), and so does another tab (render below).
  document.addEventListener('pointerdown', (event) => {
    if (!(event.target instanceof HTMLCanvasElement)) hideTooltip();
  });
  let tabShown = side.tab;
  /**
   * The error banner sits just under the bar, never over its buttons; once the bar has scrolled away (a phone's
   * one-column page), at the top of the screen.
   */
  const placeBanner = () => {
    errorHolder.style.top = `${Math.max(8, header.element.getBoundingClientRect().bottom + 6)}px`;
  };
  window.addEventListener('scroll', placeBanner, { passive: true });
  window.addEventListener('resize', placeBanner);

  scene.setCallbacks({
    hover: (zone, x, y) => {
      hovered = zone;
      if (!zone || !session.started) {
        hideTooltip();
        return;
      }
      showTooltip(zone);
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
      showGameInAddress(session);
      render();
    }
    return problem;
  }

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
    open: () => replays.choose(),
    briefing,
    selectTab: (tab) => side.select(tab),
    toggleAutoplay: () => timeline.toggleAutoplay(),
  });

  function render(): void {
    overlay.render();
    // Under a dialog or the hand-over screen the page cannot be reached, not even by Tab: the next player
    // must not open a dialog, or a new game, over the hand-over.
    for (const part of [header.element, mapHolder, side.element, timeline.element])
      part.inert = overlay.covering;
    // Redrawn only when the message changes: an alert rebuilt on every render is announced again each time.
    if (session.error !== errorShown) {
      fill(
        errorHolder,
        errorBanner(session.error, () => session.clearError()),
      );
      errorShown = session.error;
    }
    side.render();
    if (side.tab !== tabShown) {
      tabShown = side.tab;
      hideTooltip();
    }
    header.render(session);
    placeBanner();
    if (!session.started) {
      legend.show(null);
      hook.changed();
      return;
    }
    const shown = session.shown;
    const turnsShown = shown.log.length;
    legend.show(shown.prepared.content);
    if (hovered && !tooltip.hidden) showTooltip(hovered);
    scene.show({
      content: shown.prepared.content,
      state: shown.state,
      actions: shown.log[turnsShown - 1]?.actions ?? [],
      key: session.shownKey,
    });

    timeline.render();
    hook.changed();
  }

  session.subscribe(render);
  if (!replays.openFragment()) startFromAddress(session, start, () => overlay.set({ kind: 'setup' }));
  render();
}
