import { el, fill, withKey } from './dom.ts';
import type { Session } from './session.ts';

/** How long each turn of a replay stays on screen when it plays by itself. */
const AUTOPLAY_MS = 900;

/**
 * The footer: a scrubber over every turn played, the way back to the live game, and while a replay plays back,
 * Play/Pause and Leave replay. Scrubbing only changes which record the session shows; nothing is replayed.
 */
export class Timeline {
  readonly element: HTMLElement;
  private readonly range: HTMLInputElement;
  private readonly label = el('span', { id: 'timeline-label' });
  private readonly liveButton: HTMLButtonElement;
  /** Built once and shown or hidden: rebuilt on every autoplay tick, a button would lose clicks. */
  private readonly playbackControls: HTMLElement;
  private readonly autoplayButton: HTMLButtonElement;
  private readonly whatIfButton: HTMLButtonElement;
  private autoplay: ReturnType<typeof setInterval> | null = null;

  constructor(
    private readonly session: Session,
    private readonly page: {
      /** Something the session does not know of changed (autoplay started or stopped): redraw. */
      changed(): void;
      /** The replay was left for a live game. */
      leftReplay(): void;
      /** "What if the AI had played from here?" for the turn shown. */
      whatIf(): void;
    },
  ) {
    this.range = el('input', {
      type: 'range',
      min: 0,
      max: 0,
      value: 0,
      id: 'scrubber',
      'aria-label': 'Turn shown',
    });
    this.range.addEventListener('input', () => session.scrub(Number(this.range.value)));
    this.liveButton = el(
      'button',
      { type: 'button', id: 'live', onclick: () => session.returnToLive() },
      ...withKey('Live', 'L'),
    );
    this.autoplayButton = el('button', {
      type: 'button',
      id: 'autoplay',
      onclick: () => this.toggleAutoplay(),
    });
    const leave = el(
      'button',
      {
        type: 'button',
        id: 'leave-replay',
        title: 'Leave the replay and play on from its last turn',
        onclick: () => {
          this.stopAutoplay();
          this.session.leavePlayback();
          this.page.leftReplay();
        },
      },
      'Leave replay',
    );
    this.whatIfButton = el(
      'button',
      { type: 'button', id: 'what-if-open', onclick: () => this.page.whatIf() },
      ...withKey('What if the AI had played from here?', 'W'),
    );
    this.playbackControls = el('span', { id: 'playback', hidden: true }, this.autoplayButton, ' ', leave);
    this.element = el(
      'footer',
      { id: 'timeline' },
      el('span', {}, 'Timeline'),
      this.range,
      this.label,
      this.liveButton,
      this.playbackControls,
      this.whatIfButton,
    );
  }

  /** Plays a replay turn by turn from the turn shown, or pauses it. */
  toggleAutoplay(): void {
    if (this.autoplay) this.stopAutoplay();
    else
      this.autoplay = setInterval(() => {
        const at = this.session.shownTurns;
        if (at < this.session.records.length - 1) this.session.scrub(at + 1);
        else {
          this.stopAutoplay();
          this.page.changed();
        }
      }, AUTOPLAY_MS);
    this.page.changed();
  }

  stopAutoplay(): void {
    if (this.autoplay) clearInterval(this.autoplay);
    this.autoplay = null;
  }

  /** A replay that does not verify here cannot be continued: `greatgame branch` refuses it too. */
  get whatIfRefused(): boolean {
    const { playback } = this.session;
    return playback !== null && playback.verdict.kind !== 'verified';
  }

  render(): void {
    const { session } = this;
    const last = session.records.length - 1;
    this.range.max = String(last);
    this.range.value = String(session.shownTurns);
    // "of 11 played", not "of 11": the header counts the scenario's turns, this the turns played so far.
    this.label.textContent = `turn ${session.shownTurns} of ${last} played`;
    this.liveButton.disabled =
      session.viewing === null || (session.playback !== null && session.viewing === last);
    this.playbackControls.hidden = session.playback === null;
    this.whatIfButton.disabled = this.whatIfRefused;
    this.whatIfButton.title = this.whatIfRefused
      ? 'Only a replay that verifies can be continued'
      : `Let the rule tables play every actor from turn ${session.shownTurns} to the end, many times, and compare`;
    fill(this.autoplayButton, ...(this.autoplay ? ['Pause'] : withKey('Play', 'Space')));
  }
}
