import { SEED_EXPECTED, seedFromText } from '../content/seed-text.ts';
import { decodeShareFragment, SHARE_PREFIX } from '../content/share-link.ts';
import { describeVerdict } from '../content/verdict.ts';
import { monthName } from '../content/words.ts';
import type { Citation, State } from '../engine/index.ts';
import { createMapGame, rendererName } from '../scenes/create-game.ts';
import { geometry, library, source } from './bundle.ts';
import { chartsPanel, DEFAULT_INDICATORS } from './charts.ts';
import { decidePanel } from './decide.ts';
import { el, fill } from './dom.ts';
import { helpDialog } from './help.ts';
import { bindKeys, type Tab } from './keyboard.ts';
import { legend } from './legend.ts';
import { logPanel } from './log.ts';
import { actorLabel } from './names.ts';
import { contextDialog } from './quotes.ts';
import { downloadReplay, parseReplay, readReplayFile, shareLink } from './replay-io.ts';
import { replayRecords, Session, type StartOptions } from './session.ts';
import { setupDialog } from './setup.ts';
import { noteDrawn, publishTestHook } from './test-hook.ts';
import { zoneTooltip } from './tooltip.ts';

type Overlay =
  | { kind: 'setup' }
  | { kind: 'help' }
  | { kind: 'quote'; citation: Citation }
  | { kind: 'share'; url: string }
  | null;

/** The browser game: the page around the map, wired to one Session. */
export function startApp(root: HTMLElement): void {
  const session = new Session(source);
  let tab: Tab = 'decide';
  let overlay: Overlay = null;
  let logActor: string | null = null;
  let chosenIndicators = [...DEFAULT_INDICATORS];
  let drawnKey = '';
  let autoplay: ReturnType<typeof setInterval> | null = null;

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
    el('button', { type: 'button', id: 'new-game', onclick: () => show({ kind: 'setup' }) }, 'New game (G)'),
    el('button', { type: 'button', id: 'download-replay', onclick: () => download() }, 'Download replay (D)'),
    el('button', { type: 'button', id: 'share-link', onclick: () => share() }, 'Share link (S)'),
    el('button', { type: 'button', id: 'open-replay', onclick: () => fileInput.click() }, 'Open replay (O)'),
    el('button', { type: 'button', id: 'help', onclick: () => show({ kind: 'help' }) }, 'Keys (?)'),
    fileInput,
  );
  const mapHolder = el('section', { id: 'map', 'aria-label': 'Map of Afghanistan and its neighbours' });
  const panels: Record<Tab, HTMLElement> = {
    decide: el('div', { class: 'tab', id: 'tab-decide' }),
    log: el('div', { class: 'tab', id: 'tab-log', hidden: true }),
    charts: el('div', { class: 'tab', id: 'tab-charts', hidden: true }),
    scores: el('div', { class: 'tab', id: 'tab-scores', hidden: true }),
  };
  const tabButton = (id: Tab, label: string) =>
    el(
      'button',
      { type: 'button', role: 'tab', id: `tab-button-${id}`, onclick: () => selectTab(id) },
      label,
    );
  const tabs = el(
    'div',
    { id: 'tabs', role: 'tablist' },
    tabButton('decide', 'Decide (A)'),
    tabButton('log', 'Log (J)'),
    tabButton('charts', 'Charts (C)'),
    tabButton('scores', 'Scores (P)'),
  );
  const side = el('aside', { id: 'side' }, tabs, ...Object.values(panels));
  const range = el('input', {
    type: 'range',
    min: 0,
    max: 0,
    value: 0,
    id: 'scrubber',
    'aria-label': 'Turn shown',
  });
  const timelineLabel = el('span', { id: 'timeline-label' });
  const liveButton = el(
    'button',
    { type: 'button', id: 'live', onclick: () => session.returnToLive() },
    'Live (L)',
  );
  const playbackControls = el('span', { id: 'playback' });
  const timeline = el(
    'footer',
    { id: 'timeline' },
    el('span', {}, 'Timeline'),
    range,
    timelineLabel,
    liveButton,
    playbackControls,
  );
  const overlayHolder = el('div', { id: 'overlay', hidden: true });
  const tooltip = el('div', { id: 'tooltip', hidden: true, role: 'tooltip' });
  const drop = el('div', { id: 'drop', hidden: true }, 'Drop a replay file to play it back');
  // Above every dialog: a bad link or file must say so even before a game exists.
  const errorHolder = el('div', { id: 'error-holder' });
  root.append(bar, mapHolder, side, timeline);
  document.body.append(overlayHolder, tooltip, drop, errorHolder);
  mapHolder.append(legend());

  const { game: phaser, scene } = createMapGame(mapHolder, geometry);
  const hook = publishTestHook(() => ({ session, renderer: rendererName(phaser), drawnKey, scene }));

  scene.setCallbacks({
    hover: (zone, x, y) => {
      if (!zone || !session.started) {
        tooltip.hidden = true;
        return;
      }
      fill(tooltip, zoneTooltip(zone, session.shown.state, geometry));
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

  function selectTab(next: Tab): void {
    tab = next;
    render();
  }

  function show(next: Overlay): void {
    overlay = next;
    render();
  }

  function report(message: string | null): void {
    if (message) session.fail(message);
  }

  function start(options: StartOptions): string | null {
    stopAutoplay();
    const problem = session.start(options);
    if (problem === null) {
      overlay = null;
      showGameInAddress();
      render();
    }
    return problem;
  }

  /** Puts the live game's setup in the address bar, so that a reload starts it again (and no share link lingers). */
  function showGameInAddress(): void {
    const { meta } = session.live.state;
    const query = new URLSearchParams({
      scenario: meta.scenario,
      variant: meta.variant,
      seed: String(meta.seed),
      humans: session.humans.join(','),
    });
    history.replaceState(null, '', `?${query}`);
  }

  function download(): void {
    if (session.started) downloadReplay(session.playback?.replay ?? session.replay());
  }

  function share(): void {
    if (!session.started) return;
    show({ kind: 'share', url: shareLink(session.playback?.replay ?? session.replay()) });
  }

  function playBack(data: unknown, label: string): void {
    stopAutoplay();
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
    overlay = null;
    session.load(parsed.replay, played.verdict, played.records);
  }

  async function openFile(file: File): Promise<void> {
    const read = await readReplayFile(file);
    if (read.ok) playBack(read.replay, file.name);
    else session.fail(read.message);
  }

  function stopAutoplay(): void {
    if (autoplay) clearInterval(autoplay);
    autoplay = null;
  }

  function toggleAutoplay(): void {
    if (autoplay) {
      stopAutoplay();
      render();
      return;
    }
    autoplay = setInterval(() => {
      const at = session.viewing ?? session.records.length - 1;
      if (at >= session.records.length - 1) stopAutoplay();
      else session.scrub(at + 1);
      render();
    }, 900);
    render();
  }

  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    if (file) void openFile(file);
    fileInput.value = '';
  });
  range.addEventListener('input', () => session.scrub(Number(range.value)));
  window.addEventListener('dragover', (e) => {
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

  bindKeys({
    session,
    scene: () => scene,
    closeOverlay: () => show(null),
    covered: () => overlay !== null || session.handoverTo !== null,
    tab: () => tab,
    toggleHelp: () => show(overlay?.kind === 'help' ? null : { kind: 'help' }),
    newGame: () => show({ kind: 'setup' }),
    download,
    share,
    open: () => fileInput.click(),
    selectTab,
    toggleAutoplay,
  });

  /** What the overlay shows now; it is rebuilt only when this changes, so a half-filled form survives renders. */
  let overlayShown: Overlay | string = null;

  function renderOverlay(): void {
    if (!session.started && overlay === null) overlay = { kind: 'setup' };
    const wanted = overlay === null && session.handoverTo ? `handover:${session.handoverTo}` : overlay;
    if (wanted === overlayShown) return;
    overlayShown = wanted;
    overlayHolder.hidden = false;
    if (session.handoverTo && overlay === null) {
      const who = actorLabel(library, session.handoverTo);
      fill(
        overlayHolder,
        el(
          'div',
          { class: 'dialog handover', role: 'dialog', 'aria-label': 'Hand over' },
          el('h2', {}, `Pass the screen to ${who}`),
          el(
            'p',
            {},
            'The previous player’s choices stay hidden. Press the button when the next player is ready.',
          ),
          el(
            'button',
            {
              type: 'button',
              class: 'primary',
              id: 'handover-ready',
              onclick: () => session.confirmHandover(),
            },
            `I am ${who}`,
          ),
        ),
      );
      return;
    }
    if (overlay === null) {
      overlayHolder.hidden = true;
      fill(overlayHolder);
      return;
    }
    const close = () => show(null);
    if (overlay.kind === 'setup') fill(overlayHolder, setupDialog(library, addressOptions().options, start));
    else if (overlay.kind === 'help') fill(overlayHolder, helpDialog(close));
    else if (overlay.kind === 'quote') fill(overlayHolder, contextDialog(overlay.citation, close));
    else {
      const url = overlay.url;
      fill(
        overlayHolder,
        el(
          'div',
          { class: 'dialog', role: 'dialog', 'aria-label': 'Share link' },
          el('h2', {}, 'Share this game'),
          el(
            'p',
            {},
            'The link carries the whole replay, hashes included: whoever opens it watches the game turn by turn, and it verifies itself.',
          ),
          el('input', { type: 'text', readonly: true, value: url, id: 'share-url', style: 'width: 100%' }),
          el('p', {}, el('a', { href: url, id: 'share-anchor' }, 'Open the link'), ' · ', copyButton(url)),
          el('button', { type: 'button', class: 'primary', onclick: close }, 'Close'),
        ),
      );
    }
  }

  function renderError(): void {
    fill(
      errorHolder,
      session.error
        ? el(
            'div',
            { class: 'error', role: 'alert', id: 'error' },
            el('span', {}, session.error),
            ' ',
            el(
              'button',
              { type: 'button', id: 'dismiss-error', onclick: () => session.clearError() },
              'Dismiss',
            ),
          )
        : null,
    );
  }

  /** Copies the link, and says whether it could: the clipboard needs a secure page (https or localhost). */
  function copyButton(text: string): HTMLElement {
    const button = el('button', { type: 'button', id: 'copy-share' }, 'Copy');
    button.addEventListener('click', () => {
      const said = (words: string) => {
        button.textContent = words;
      };
      if (!navigator.clipboard) return said('Copy is not allowed here: select the link and copy it');
      navigator.clipboard.writeText(text).then(
        () => said('Copied'),
        () => said('Copy was refused: select the link and copy it'),
      );
    });
    return button;
  }

  function render(): void {
    renderOverlay();
    renderError();
    for (const [id, panel] of Object.entries(panels)) panel.hidden = id !== tab;
    for (const button of tabs.querySelectorAll('button'))
      button.setAttribute('aria-selected', String(button.id === `tab-button-${tab}`));
    if (!session.started) {
      status.textContent = 'No game yet';
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

    scene.show({
      state: shown.state,
      actions: shown.log[turnsShown - 1]?.actions ?? [],
      key: `${meta.scenario}/${meta.variant}/${meta.seed}/${turnsShown}/${session.playback ? 'replay' : 'live'}`,
    });

    const openQuote = (citation: Citation) => show({ kind: 'quote', citation });
    fill(panels.decide, playbackBanner(), decidePanel(session, library, { openQuote, report }));
    if (tab === 'log')
      fill(
        panels.log,
        logPanel(shown, library, {
          actor: logActor,
          openQuote,
          setActor: (a) => {
            logActor = a;
            render();
          },
        }),
      );
    if (tab === 'charts')
      fill(
        panels.charts,
        chartsPanel(
          shown,
          library,
          chosenIndicators,
          (c) => {
            chosenIndicators = c;
            render();
          },
          Math.max(240, panels.charts.clientWidth - 24),
        ),
      );
    if (tab === 'scores') fill(panels.scores, scoresTable(shown.state));

    const last = session.records.length - 1;
    range.max = String(last);
    range.value = String(session.viewing ?? last);
    timelineLabel.textContent = `turn ${session.viewing ?? last} of ${last}`;
    liveButton.disabled = session.viewing === null || (session.playback !== null && session.viewing === last);
    fill(
      playbackControls,
      session.playback
        ? el(
            'span',
            {},
            el(
              'button',
              { type: 'button', id: 'autoplay', onclick: () => toggleAutoplay() },
              autoplay ? 'Pause' : 'Play (Space)',
            ),
            ' ',
            el(
              'button',
              {
                type: 'button',
                id: 'leave-replay',
                title: 'Leave the replay and play on from its last turn',
                onclick: () => {
                  stopAutoplay();
                  session.leavePlayback();
                  showGameInAddress();
                },
              },
              'Leave replay',
            ),
          )
        : null,
    );
    hook.changed();
  }

  function playbackBanner(): HTMLElement | null {
    const playback = session.playback;
    if (!playback) return null;
    const ok = playback.verdict.kind === 'verified';
    return el(
      'div',
      { class: ok ? 'entry' : 'error', id: 'verdict', role: 'status' },
      `Replay of ${playback.replay.scenario}, seed ${playback.replay.seed}: ${describeVerdict(playback.verdict)}.`,
      ' Step through it with the timeline (, and .) or play it (Space).',
    );
  }

  function scoresTable(state: State): HTMLElement {
    return el(
      'table',
      { class: 'scores' },
      el(
        'tr',
        {},
        el('th', {}, 'Actor'),
        el('th', {}, 'Score'),
        el('th', {}, 'Posture'),
        el('th', {}, 'Resources'),
      ),
      ...Object.entries(state.actors).map(([id, a]) =>
        el(
          'tr',
          {},
          el('td', {}, actorLabel(library, id)),
          el('td', {}, a.score),
          el('td', {}, a.posture),
          el('td', {}, a.resources),
        ),
      ),
    );
  }

  /** The game the address asks for (`?scenario=&variant=&seed=&humans=`), or what is wrong with it. */
  function addressOptions(): { options: Partial<StartOptions>; problem: string | null } {
    const q = new URLSearchParams(location.search);
    const seedText = q.get('seed');
    const seed = seedText === null ? undefined : seedFromText(seedText);
    const humans = q.get('humans');
    const options: Partial<StartOptions> = {
      scenario: q.get('scenario') ?? undefined,
      variant: q.get('variant') ?? undefined,
      seed: seed ?? undefined,
      humans: humans === null ? undefined : humans.split(',').filter(Boolean),
    };
    const problem = seed === null ? `?seed=${seedText}: the seed must be ${SEED_EXPECTED}` : null;
    return { options, problem };
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
    const { options, problem: addressProblem } = addressOptions();
    if (addressProblem) session.fail(addressProblem);
    else if (options.scenario) {
      const problem = start({
        scenario: options.scenario,
        variant: options.variant ?? 'baseline',
        seed: options.seed ?? 1,
        humans: options.humans ?? [],
      });
      if (problem) {
        overlay = { kind: 'setup' };
        session.fail(`The address asks for a game that cannot start: ${problem}`);
      }
    }
  }
  render();
}
