import type { Library } from '../content/library.ts';
import type { Citation } from '../engine/index.ts';
import { chartsPanel, DEFAULT_INDICATORS } from './charts.ts';
import { decidePanel } from './decide.ts';
import { el, fill, withKey } from './dom.ts';
import { keepingPlace } from './keep-place.ts';
import { logPanel } from './log.ts';
import { scoresTable } from './scores.ts';
import type { Session } from './session.ts';
import { TABS, type Tab } from './tabs.ts';
import { verdictBanner } from './verdict-banner.ts';

/** What the panels ask of the page around them. */
export interface PanelPage {
  /** A panel's own choice changed (the tab, the log's actor, the charts' indicators): redraw. */
  changed(): void;
  openQuote(citation: Citation): void;
  /** Shows what went wrong with a decision. */
  report(message: string | null): void;
  /** Opens the after-action report (the header's Debrief). */
  debrief(): void;
}

/**
 * The tabs beside the map: Decide, Log, Charts and Scores. The decision panel is always kept current, since its
 * Enter and digit keys act on it; the others are drawn only while they are the tab on screen.
 */
export class SidePanels {
  readonly element: HTMLElement;
  tab: Tab = 'decide';
  private logActor: string | null = null;
  private gameNumber = 0;
  private indicators = [...DEFAULT_INDICATORS];
  private chartPickerOpen = false;
  /**
   * Everything the decision panel shows depends on. The panel is rebuilt only when this changes, so a redraw for
   * anything else (a tab, a dialog, a message) keeps the player's chosen action, target and open sections.
   */
  private decisionKey = '';
  private readonly panels = {} as Record<Tab, HTMLElement>;
  private readonly buttons: HTMLButtonElement[] = [];

  constructor(
    private readonly session: Session,
    private readonly library: Library,
    private readonly page: PanelPage,
  ) {
    for (const { id, label, key } of TABS) {
      this.panels[id] = el('div', { class: 'tab', id: `tab-${id}`, hidden: id !== this.tab });
      this.buttons.push(
        el(
          'button',
          { type: 'button', role: 'tab', id: `tab-button-${id}`, onclick: () => this.select(id) },
          ...withKey(label, key),
        ),
      );
    }
    const tabs = el('div', { id: 'tabs', role: 'tablist' }, ...this.buttons);
    this.element = el('aside', { id: 'side' }, tabs, ...Object.values(this.panels));
  }

  select(tab: Tab): void {
    this.tab = tab;
    this.page.changed();
  }

  /** Shows the selected tab; with a game started, also draws it for the turn shown. */
  render(): void {
    for (const [id, panel] of Object.entries(this.panels)) panel.hidden = id !== this.tab;
    for (const button of this.buttons)
      button.setAttribute('aria-selected', String(button.id === `tab-button-${this.tab}`));
    if (!this.session.started) return;
    const { session, library, page, panels } = this;
    const shown = session.shown;
    const { openQuote, report, debrief } = page;
    const decisionKey = [
      session.shownKey,
      session.deciding,
      session.handoverTo,
      session.viewing,
      session.over,
      session.humans.join('+'),
    ].join('/');
    if (decisionKey !== this.decisionKey) {
      fill(
        panels.decide,
        verdictBanner(session.playback),
        decidePanel(session, library, { openQuote, report, debrief }),
      );
      // A new turn or another player: the list starts again from its top.
      panels.decide.scrollTop = 0;
      this.decisionKey = decisionKey;
    }
    if (session.gameNumber !== this.gameNumber) {
      // Another game may not have the actor the log was filtered on.
      this.logActor = null;
      this.gameNumber = session.gameNumber;
    }
    if (this.tab === 'log') {
      const setActor = (actor: string | null) => {
        this.logActor = actor;
        page.changed();
      };
      const summary = session.summaryOf(session.shownTurns);
      keepingPlace(panels.log, panels.log, () =>
        fill(panels.log, logPanel(shown, library, { actor: this.logActor, openQuote, setActor, summary })),
      );
    }
    if (this.tab === 'charts') {
      const choose = (indicators: string[]) => {
        this.indicators = indicators;
        page.changed();
      };
      // The panel's padding (0.8rem a side) and a little slack, so a chart never makes the page scroll sideways.
      const width = Math.max(240, panels.charts.clientWidth - 32);
      const choice = {
        chosen: this.indicators,
        choose,
        pickerOpen: this.chartPickerOpen,
        setPickerOpen: (open: boolean) => {
          this.chartPickerOpen = open;
        },
      };
      fill(panels.charts, chartsPanel(shown, library, choice, width));
    }
    if (this.tab === 'scores') fill(panels.scores, scoresTable(shown.state, library, shown.log));
  }
}
