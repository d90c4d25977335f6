import * as Phaser from 'phaser';
import type { ActionRecord, ScenarioContent, State } from '../engine/index.ts';
import { closeView, type MapGeometry } from '../map/geometry.ts';
import { mapZones } from '../map/zones.ts';
import { inkOn } from '../text/actor-colours.ts';
import { badgeLabel } from '../text/badge-words.ts';
import { actionSite } from './action-site.ts';
import {
  type BadgeGroup,
  type BadgePlaces,
  badgePlaces,
  layoutBadges,
  type PlacedBadge,
} from './badge-layout.ts';
import { badgeFor } from './icons.ts';
import { IdleSleep } from './idle-sleep.ts';
import { CAPTION_FONT } from './label-boxes.ts';
import { MapCamera } from './map-camera.ts';
import { drawCountries, drawPlaces, drawZones, LABEL, polyline, type ZoneShapes } from './map-shapes.ts';
import { COLOURS, CONTROL_COLOURS, CONTROL_NAMES, FONT, UNKNOWN_CONTROL } from './palette.ts';

/** What the map shows of one turn: it renders this, and owns no game state. */
export interface MapView {
  /** The content of the game shown: the zones the map names, and the kinds of the actions' levers. */
  content: ScenarioContent;
  state: State;
  /** The actions of the turn that led to this state, shown as icons with a short animation. */
  actions: readonly ActionRecord[];
  /** A key that changes when the turn shown changes, so icons animate once per turn. */
  key: string;
  /** Each actor's colour (`#rrggbb`, game/text/actor-colours.ts): a badge is drawn in its actor's. */
  colours: ReadonlyMap<string, string>;
}

/** A badge as drawn: what it says (whose, what, how it went), its colour, and its centre in the viewport. */
export interface DrawnBadge {
  label: string;
  colour: string;
  clientX: number;
  clientY: number;
}

export interface MapCallbacks {
  /**
   * The pointer is over a zone (its id and the pointer's viewport coordinates, as a `position: fixed` tooltip
   * wants them), or over none.
   */
  hover(zone: string | null, clientX: number, clientY: number): void;
  /** The pointer is over an action badge, or a finger tapped one: what the badge says, where to show it. */
  badge(label: string, clientX: number, clientY: number): void;
  /** The map has drawn a view: for the test hook and the benchmark. */
  drawn(key: string): void;
}

export const MAP_SCENE = 'map';

/** A badge whose actor has no colour (content from elsewhere): the map's grey. */
const ACTION_GREY = '#5a5a5a';

/**
 * The regional map. Static shapes are made once; a turn changes their styles (fills, stroke widths, radii)
 * rather than redrawing a Graphics object every frame. The camera and the pointer are map-camera.ts's; where
 * the badges go is badge-layout.ts's.
 */
export class MapScene extends Phaser.Scene {
  private zones = new Map<string, ZoneShapes>();
  private borders = new Map<string, Phaser.GameObjects.Polygon[]>();
  private route: Phaser.GameObjects.Polygon[] = [];
  private icons!: Phaser.GameObjects.Container;
  private places!: BadgePlaces;
  private lastKey = '';
  /** The state last drawn, so that drawing the same record again is skipped. */
  private lastState: MapView['state'] | null = null;
  private pending: MapView | null = null;
  private callbacks: MapCallbacks = { hover: () => {}, badge: () => {}, drawn: () => {} };
  /** The badges drawn for the turn shown, with what each says and its colour. */
  private drawnBadges: { placed: PlacedBadge; label: string; colour: string }[] = [];
  /** Set in create(); keys may arrive before it. */
  private sleeper?: IdleSleep;
  /** Pans and zooms: the page's keys call it (game/ui/keyboard.ts), the pointer moves it. */
  readonly camera: MapCamera;

  constructor(private readonly geometry: MapGeometry) {
    super(MAP_SCENE);
    this.camera = new MapCamera(geometry, () => this.sleeper?.wake());
  }

  setCallbacks(callbacks: MapCallbacks): void {
    this.callbacks = callbacks;
  }

  create(): void {
    const g = this.geometry;
    drawCountries(this, g);
    this.zones = drawZones(this, g, (zone, pointer) => {
      if (zone === null) return this.callbacks.hover(null, 0, 0);
      const [x, y] = this.clientPoint(pointer);
      this.callbacks.hover(zone, x, y);
    });
    for (const border of g.borders)
      this.borders.set(
        border.id,
        border.lines.map((line) => polyline(this, line, 3, COLOURS.border)),
      );
    this.route = g.routes.map((r) => polyline(this, r.points, 4, COLOURS.route, 0.85));
    drawPlaces(this, g);
    this.icons = this.add.container(0, 0).setDepth(20);
    this.places = badgePlaces(g, closeView(g));
    this.camera.attach(this, () => this.callbacks.hover(null, 0, 0));
    this.setUpSleep();
    this.camera.resetView();
    if (this.pending) this.show(this.pending);
  }

  /** The loop sleeps while nothing moves, and wakes for input, a resize or a new picture. */
  private setUpSleep(): void {
    const sleeper = new IdleSleep(this.game.loop);
    this.sleeper = sleeper;
    const wake = () => sleeper.wake();
    // Phaser handles input in the DOM event itself, so input works asleep; only drawing needs the loop.
    for (const type of ['pointerdown', 'pointermove', 'pointerup', 'wheel', 'touchstart', 'touchmove'])
      this.game.canvas.addEventListener(type, wake, { passive: true });
    window.addEventListener('resize', wake);
    const parent = this.game.canvas.parentElement;
    if (parent) new ResizeObserver(wake).observe(parent);
  }

  override update(): void {
    this.sleeper?.frame(this.animating);
  }

  /**
   * A pointer's position in the viewport, for the HTML tooltip (mouse and touch alike). The tooltip is
   * `position: fixed`, so the page's scroll offset must not be added.
   */
  private clientPoint(pointer: Phaser.Input.Pointer): [number, number] {
    const rect = this.game.canvas.getBoundingClientRect();
    const scale = rect.width / this.scale.width;
    return [rect.left + pointer.x * scale, rect.top + pointer.y * scale];
  }

  /** Shows a turn: control, ISIS-K, refugees, border security, the narcotics flow and this turn's actions. */
  show(view: MapView): void {
    if (!this.icons) {
      this.pending = view;
      return;
    }
    // The page redraws for other things too (a tab, a dialog): the same record must not wake the render loop.
    if (view.key === this.lastKey && view.state === this.lastState) {
      this.callbacks.drawn(view.key);
      return;
    }
    this.lastState = view.state;
    this.sleeper?.wake();
    const { state } = view;
    // The scenario says which zones there are and what they are called; the map, where they are.
    const names = new Map(mapZones(view.content.scenario).map((z) => [z.id, z.name]));
    for (const [id, shapes] of this.zones) {
      const zone = state.zones[id];
      const name = names.get(id);
      if (!zone || name === undefined) {
        this.leaveOut(shapes);
        continue;
      }
      const colour = CONTROL_COLOURS[zone.control ?? ''] ?? UNKNOWN_CONTROL;
      // Stability sets the strength, but never so faint that the controller's colour fades into the land.
      for (const shape of shapes.fill) shape.setFillStyle(colour, 0.45 + (zone.stability ?? 50) / 400);
      const controller = CONTROL_NAMES[zone.control ?? ''] ?? zone.control ?? '';
      shapes.label.setText(`${name}\n${controller}`);
      shapes.isisk.setRadius(2 + (zone.isisk ?? 0) / 4).setVisible((zone.isisk ?? 0) > 0);
      const refugees = zone.refugees ?? 0;
      shapes.refugees.setScale(0.5 + refugees / 30).setVisible(refugees > 0);
    }
    for (const [id, lines] of this.borders) {
      const security = state.zones[id]?.security ?? 50;
      for (const line of lines) line.setStrokeStyle(1 + security / 15, COLOURS.border, 0.9);
    }
    const narcotics = state.indicators.northern_route_narcotics ?? 0;
    for (const line of this.route) line.setStrokeStyle(1 + narcotics / 6, COLOURS.route, 0.85);
    if (view.key !== this.lastKey) {
      this.lastKey = view.key;
      const { content } = view;
      this.showBadges(
        layoutBadges(
          view.actions,
          this.places,
          (a) => badgeFor(content, a.actor, a.action),
          (a) => actionSite(content, a),
        ),
        view.colours,
      );
    }
    // Drawn means painted: the renderer reports it after the next frame, which the wake above asks for.
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => this.callbacks.drawn(view.key));
  }

  /** A zone the scenario shown does not have: grey, with the map's name for it and no markers. */
  private leaveOut(shapes: ZoneShapes): void {
    for (const shape of shapes.fill) shape.setFillStyle(UNKNOWN_CONTROL, 0.55);
    shapes.label.setText(shapes.name);
    shapes.isisk.setVisible(false);
    shapes.refugees.setVisible(false);
  }

  /** Draws the badges of a turn's actions, group by group, each group's caption under its badges. */
  private showBadges(groups: readonly BadgeGroup[], colours: ReadonlyMap<string, string>): void {
    this.icons.removeAll(true);
    this.drawnBadges = [];
    for (const { badges, caption } of groups) {
      for (const placed of badges) this.drawBadge(placed, colours.get(placed.actor) ?? ACTION_GREY);
      if (caption) {
        const text = this.add
          .text(caption.x, caption.y, caption.text, {
            ...LABEL,
            fontSize: `${CAPTION_FONT}px`,
            color: COLOURS.muted,
          })
          .setOrigin(0.5)
          .setAlpha(0);
        this.icons.add(text);
        this.tweens.add({ targets: text, alpha: 1, duration: 400, ease: 'Quad.Out' });
      }
    }
  }

  /**
   * One badge, in its actor's colour: a filled disc with a contrasting letter if the action succeeded, a white
   * disc ringed in the colour with a grey letter if it failed. Hovering or tapping it names its actor. It drops in.
   */
  private drawBadge(placed: PlacedBadge, colour: string): void {
    const { badge, success, x, y } = placed;
    const fill = Number.parseInt(colour.slice(1), 16);
    const disc = success
      ? this.add.circle(0, 0, 8, fill).setStrokeStyle(1, COLOURS.succeeded)
      : this.add.circle(0, 0, 7.5, 0xffffff).setStrokeStyle(2.5, fill);
    const letter = this.add
      .text(0, 0, badge.letter, {
        fontFamily: FONT,
        fontSize: '10px',
        fontStyle: 'bold',
        color: success ? inkOn(colour) : COLOURS.failedText,
        resolution: 2,
      })
      .setOrigin(0.5);
    const label = badgeLabel(placed.actor, placed.action, success);
    this.drawnBadges.push({ placed, label, colour });
    const tell = (pointer: Phaser.Input.Pointer) => {
      const [cx, cy] = this.clientPoint(pointer);
      this.callbacks.badge(label, cx, cy);
    };
    // The disc takes the pointer: above the zones, it names its actor instead of the zone's values.
    const r = disc.radius;
    disc.setInteractive(new Phaser.Geom.Circle(r, r, r + 1), Phaser.Geom.Circle.Contains);
    disc.on('pointerover', tell);
    disc.on('pointerdown', tell);
    disc.on('pointerout', (pointer: Phaser.Input.Pointer) => {
      if (!pointer.wasTouch) this.callbacks.hover(null, 0, 0);
    });
    const container = this.add.container(x, y - 6, [disc, letter]).setAlpha(0);
    this.icons.add(container);
    this.tweens.add({ targets: container, alpha: 1, y, duration: 400, ease: 'Quad.Out' });
  }

  /** The badges drawn for the turn shown, each with its centre in the viewport: for tests. */
  get badges(): DrawnBadge[] {
    const camera = this.cameras.main;
    const rect = this.game.canvas.getBoundingClientRect();
    const scale = rect.width / this.scale.width;
    const view = camera.worldView;
    return this.drawnBadges.map(({ placed, label, colour }) => ({
      label,
      colour,
      clientX: rect.left + (camera.x + (placed.x - view.x) * camera.zoom) * scale,
      clientY: rect.top + (camera.y + (placed.y - view.y) * camera.zoom) * scale,
    }));
  }

  /** The boxes of the map's labels as Phaser draws them, in map coordinates: label-boxes.ts must hold each. */
  get labelBounds(): { text: string; left: number; top: number; right: number; bottom: number }[] {
    return this.children.list
      .filter((o): o is Phaser.GameObjects.Text => o instanceof Phaser.GameObjects.Text && o.visible)
      .map((t) => {
        const b = t.getBounds();
        return { text: t.text, left: b.left, top: b.top, right: b.right, bottom: b.bottom };
      });
  }

  /** The smallest label on the map (a zone, place or country name), in screen pixels. */
  get smallestTextPx(): number {
    const screen = this.cameras.main.zoom * this.camera.displayScale;
    const sizes = this.children.list
      .filter((o): o is Phaser.GameObjects.Text => o instanceof Phaser.GameObjects.Text && o.visible)
      .map((t) => Number.parseFloat(String(t.style.fontSize)) * t.scaleX * screen);
    return sizes.length ? Math.min(...sizes) : 0;
  }

  /** True while the game loop sleeps because nothing on the map moves. */
  get asleep(): boolean {
    return !this.game.loop.running;
  }

  /** True while an action icon is still animating. */
  get animating(): boolean {
    return this.tweens.getTweens().length > 0;
  }
}
