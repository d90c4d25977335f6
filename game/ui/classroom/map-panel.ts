import type { Game } from '../../engine/index.ts';
import { createMapGame } from '../../scenes/create-game.ts';
import type { MapScene } from '../../scenes/MapScene.ts';
import { geometry } from '../bundle.ts';
import { el, fill } from '../dom.ts';
import { Legend } from '../legend.ts';
import { ACTOR_COLOURS, BadgeList } from '../map-badges.ts';
import { zoneTooltip } from '../tooltip.ts';

/**
 * The single-screen game's map scene and legend, drawing the game the server sent. One per page: Phaser's canvas
 * is made once, and each view only restyles it (the scene skips a turn it has already drawn).
 */
export class MapPanel {
  readonly element = el('section', {
    id: 'cl-map',
    class: 'cl-map',
    'aria-label': 'Map of Afghanistan and its neighbours',
  });
  private readonly tooltip = el('div', { id: 'tooltip', hidden: true, role: 'tooltip' });
  private readonly legend = new Legend();
  private readonly badgeList = new BadgeList();
  private scene: MapScene | null = null;
  private game: Game | null = null;
  private shownKey = '';
  /** The key the map last finished drawing: the browser test waits on it. */
  drawn = '';

  /** Makes the canvas; call once the element is in the page, so Phaser can size it. */
  mount(): void {
    if (this.scene) return;
    this.element.style.setProperty('--map-aspect', `${geometry.width} / ${geometry.height}`);
    this.element.append(this.legend.element, this.badgeList.element);
    document.body.append(this.tooltip);
    const { scene } = createMapGame(this.element, geometry);
    this.scene = scene;
    scene.setCallbacks({
      hover: (zone, x, y) => {
        if (!zone || !this.game) {
          this.tooltip.hidden = true;
          return;
        }
        fill(this.tooltip, zoneTooltip(zone, this.game.state, this.game.prepared.content.scenario));
        this.place(x, y);
      },
      badge: (label, x, y) => {
        fill(this.tooltip, el('div', { id: 'badge-tooltip' }, label));
        this.place(x, y);
      },
      drawn: (key) => {
        this.drawn = key;
        this.element.dataset.drawn = key;
      },
    });
  }

  private place(x: number, y: number): void {
    this.tooltip.style.left = `${x + 14}px`;
    this.tooltip.style.top = `${y + 14}px`;
    this.tooltip.hidden = false;
  }

  /** Draws a turn. Within a turn the server's state does not change, so a view of the same turn draws nothing. */
  show(game: Game, key: string): void {
    this.game = game;
    if (key === this.shownKey) return;
    this.shownKey = key;
    this.legend.show(game.prepared.content);
    const actions = game.log[game.log.length - 1]?.actions ?? [];
    this.badgeList.show(game.prepared.content, actions);
    this.scene?.show({
      content: game.prepared.content,
      state: game.state,
      actions,
      key,
      colours: ACTOR_COLOURS,
    });
  }
}
