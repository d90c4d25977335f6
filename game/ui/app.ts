import { createMapGame, rendererName } from '../scenes/create-game.ts';
import { monthName } from '../text/words.ts';
import { setupDefaults, showGameInAddress, startFromAddress } from './address-sync.ts';
import { Autosave, clearSave, pageSlot, readSave, type SaveRead } from './autosave.ts';
import { openBriefings } from './briefing-cards.ts';
import { geometry, library, source } from './bundle.ts';
import { openDebrief } from './debrief-page.ts';
import { el, fill } from './dom.ts';
import { errorBanner, noticeBanner } from './error-banner.ts';
import { debriefReady, Header } from './header.ts';
import { bindKeys } from './keyboard.ts';
import { Legend } from './legend.ts';
import { ACTOR_COLOURS, BadgeList } from './map-badges.ts';
import { type Dialog, Overlay } from './overlay.ts';
import { ReplayInput } from './replay-input.ts';
import { downloadReplay, shareLink } from './replay-io.ts';
import { Session, type StartOptions } from './session.ts';
import { SidePanels } from './side-panels.ts';
import { noteDrawn, publishTestHook } from './test-hook.ts';
import { Timeline } from './timeline.ts';
import { zoneTooltip } from './tooltip.ts';
import { WhatIfDialog } from './what-if/dialog.ts';
import { fromWords } from './what-if/words.ts';

/**
 * The browser game: the page around the map, wired to one Session. Each part owns its own elements and state
 * (docs/browser.md); this file makes them, connects them and asks each to bring itself up to date on render().
 */
export function startApp(root: HTMLElement): void {
  const session = new Session(source);
  // This page's game only: a classroom's games are kept by its server (classroom/), never here.
  const slot = pageSlot();
  const autosave = slot ? new Autosave(session, slot) : null;
  let drawnKey = '';
  /** The zone whose tooltip is open: its values are refreshed when the turn shown changes under it. */
  let hovered: string | null = null;
  const timeline = new Timeline(session, {
    changed: () => render(),
    leftReplay: () => showGameInAddress(session),
    whatIf: () => whatIf(),
  });
  const overlay = new Overlay(session, library, {
    changed: () => render(),
    setupDefaults,
    start: (options) => startFromSetup(options),
  });
  const show = (dialog: Dialog | null) => overlay.show(dialog);
  const side = new SidePanels(session, library, {
    changed: () => render(),
    openQuote: (citation) => show({ kind: 'quote', citation }),
    report: (message) => {
      if (message) session.fail(message);
    },
    debrief: () => void debrief(),
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
  const debrief = async () => {
    if (!debriefReady(session)) return;
    const replay = session.replay();
    // uPlot's text is a chunk loaded on the first press, which a lost connection may refuse.
    const problem = await openDebrief(replay).catch(
      (e: Error) =>
        `The after-action report could not be loaded (${e.message}): reload the page and try again.`,
    );
    if (problem) session.fail(problem);
  };
  /** The what-if dialog for the turn shown: its continuations start only when the person asks. */
  const whatIf = () => {
    if (!session.started || timeline.whatIfRefused) return;
    timeline.stopAutoplay();
    const turn = session.shownTurns;
    const at = session.records[turn]?.log[turn - 1];
    const from = fromWords(turn, at ? monthName(at.date) : null);
    show({ kind: 'what-if', view: new WhatIfDialog(session.replay(), turn, from, () => show(null)) });
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
      debrief: () => void debrief(),
      help: () => show({ kind: 'help' }),
    },
    replays.fileInput,
  );
  const legend = new Legend();
  const badgeList = new BadgeList();
  const mapHolder = el('section', { id: 'map', 'aria-label': 'Map of Afghanistan and its neighbours' });
  const tooltip = el('div', { id: 'tooltip', hidden: true, role: 'tooltip' });
  // Above every dialog: a bad link or file must say so even before a game exists.
  const errorHolder = el('div', { id: 'error-holder' });
  let errorShown = '';
  root.append(header.element, mapHolder, side.element, timeline.element);
  document.body.append(overlay.element, tooltip, replays.drop, errorHolder);
  mapHolder.append(legend.element, badgeList.element);
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

  const placeTooltip = (x: number, y: number) => {
    tooltip.style.left = `${x + 14}px`;
    tooltip.style.top = `${y + 14}px`;
    tooltip.hidden = false;
  };
  scene.setCallbacks({
    hover: (zone, x, y) => {
      hovered = zone;
      if (!zone || !session.started) {
        hideTooltip();
        return;
      }
      showTooltip(zone);
      placeTooltip(x, y);
    },
    badge: (label, x, y) => {
      // A badge's tooltip names its actor; it is no zone's, so a redraw does not turn it into one.
      hovered = null;
      fill(tooltip, el('div', { id: 'badge-tooltip' }, label));
      placeTooltip(x, y);
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

  /**
   * A game started from the setup form opens on the one player's briefing (issue 13: "Read your briefing, then
   * play"); in hot-seat the hand-over screen offers each player theirs. A link or a resumed game goes straight on.
   */
  function startFromSetup(options: StartOptions): string | null {
    const problem = start(options);
    const [only] = session.humans;
    if (problem === null && only !== undefined && session.humans.length === 1) {
      overlay.set({ kind: 'briefing', actor: only });
      render();
    }
    return problem;
  }

  // A reload or a closed tab would lose what the autosave does not hold (the decisions of a turn not yet
  // played, or everything when the browser refuses to store it): the browser asks first.
  const unsaved = () =>
    autosave
      ? autosave.unsaved
      : session.started && !session.playback && !session.over && session.decisions.length > 0;
  window.addEventListener('beforeunload', (event) => {
    if (unsaved()) event.preventDefault();
  });

  /** On opening the page: the saved game, offered before the address's game starts (and clears it). */
  function offerOrStart(): void {
    const saved: SaveRead = slot ? readSave(slot, source, library) : { kind: 'none' };
    const fromAddress = () => startFromAddress(session, start, () => overlay.set({ kind: 'setup' }));
    if (saved.kind !== 'saved') {
      fromAddress();
      if (saved.kind === 'discarded') session.notify(saved.notice);
      return;
    }
    overlay.set({
      kind: 'resume',
      offer: saved.game.offer,
      resume: () => {
        session.resume(saved.game.replay, saved.game.records);
        overlay.set(null);
        showGameInAddress(session);
        render();
      },
      fresh: () => {
        if (slot) clearSave(slot);
        overlay.set(null);
        fromAddress();
        render();
      },
    });
  }

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
    debrief: () => void debrief(),
    whatIf,
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
    const messages = `${session.error}\n${session.notice}`;
    if (messages !== errorShown) {
      fill(
        errorHolder,
        errorBanner(session.error, () => session.clearError()),
        noticeBanner(session.notice, () => session.clearNotice()),
      );
      errorShown = messages;
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
      badgeList.show(null, []);
      hook.changed();
      return;
    }
    const shown = session.shown;
    const turnsShown = shown.log.length;
    legend.show(shown.prepared.content);
    if (hovered && !tooltip.hidden) showTooltip(hovered);
    const actions = shown.log[turnsShown - 1]?.actions ?? [];
    badgeList.show(shown.prepared.content, actions);
    scene.show({
      content: shown.prepared.content,
      state: shown.state,
      actions,
      key: session.shownKey,
      colours: ACTOR_COLOURS,
    });

    timeline.render();
    hook.changed();
  }

  session.subscribe(render);
  if (!replays.openFragment()) offerOrStart();
  render();
}
