import * as Phaser from 'phaser';
import type { ActionRecord, State } from '../engine/index.ts';
import { flatRing, type MapGeometry, ringCentre } from '../map/geometry.ts';
import { type Badge, badgeFor } from './icons.ts';
import { IdleSleep } from './idle-sleep.ts';
import { COLOURS, CONTROL_COLOURS, CONTROL_NAMES, FONT, UNKNOWN_CONTROL } from './palette.ts';

/** What the map shows of one turn: it renders this, and owns no game state. */
export interface MapView {
  state: State;
  /** The actions of the turn that led to this state, shown as icons with a short animation. */
  actions: readonly ActionRecord[];
  /** A key that changes when the turn shown changes, so icons animate once per turn. */
  key: string;
}

export interface MapCallbacks {
  /**
   * The pointer is over a zone (its id and the pointer's viewport coordinates, as a `position: fixed` tooltip
   * wants them), or over none.
   */
  hover(zone: string | null, clientX: number, clientY: number): void;
  /** The map has drawn a view: for the test hook and the benchmark. */
  drawn(key: string): void;
}

export const MAP_SCENE = 'map';

/** Text drawn at twice the resolution, with a light halo, so it stays crisp and legible when zoomed. */
const LABEL = { fontFamily: FONT, color: COLOURS.text, stroke: '#ffffff', strokeThickness: 3, resolution: 2 };

/** How close the opening view is: Afghanistan fills about half the map. */
const OPENING_ZOOM = 1.7;

/** Action badges: their spacing, their offset above the point they mark, and how many go in a row. */
const BADGE_STEP = 18;
const BADGE_RISE = 28;
const BADGES_PER_ROW = 5;
/** Where the actions of an actor with no country on the map land when they have no target. */
const KABUL_ZONE = 'af_kabul';

/** A country's largest polygon's outer ring: where its name and its untargeted actions go. */
function mainRing(country: MapGeometry['countries'][number]): [number, number][] {
  const biggest = [...country.polygons].sort((a, b) => (b[0]?.length ?? 0) - (a[0]?.length ?? 0))[0];
  return biggest?.[0] ?? [];
}

interface ZoneShapes {
  fill: Phaser.GameObjects.Polygon[];
  label: Phaser.GameObjects.Text;
  isisk: Phaser.GameObjects.Arc;
  refugees: Phaser.GameObjects.Triangle;
  centre: [number, number];
}

/**
 * The regional map. Static shapes are made once; a turn changes their styles (fills, stroke widths, radii)
 * rather than redrawing a Graphics object every frame.
 */
export class MapScene extends Phaser.Scene {
  private zones = new Map<string, ZoneShapes>();
  private borders = new Map<string, Phaser.GameObjects.Polygon[]>();
  private route: Phaser.GameObjects.Polygon[] = [];
  private icons!: Phaser.GameObjects.Container;
  private lastKey = '';
  /** The state last drawn, so that drawing the same record again is skipped. */
  private lastState: MapView['state'] | null = null;
  private pending: MapView | null = null;
  private callbacks: MapCallbacks = { hover: () => {}, drawn: () => {} };
  private drag: { x: number; y: number } | null = null;
  private pinch: number | null = null;
  /** Set in create(); keys may arrive before it. */
  private sleeper?: IdleSleep;

  constructor(private readonly geometry: MapGeometry) {
    super(MAP_SCENE);
  }

  setCallbacks(callbacks: MapCallbacks): void {
    this.callbacks = callbacks;
  }

  create(): void {
    const g = this.geometry;
    this.cameras.main.setBackgroundColor(COLOURS.sea);
    this.cameras.main.setBounds(0, 0, g.width, g.height);
    this.drawCountries();
    this.drawZones();
    for (const border of g.borders) {
      this.borders.set(
        border.id,
        border.lines.map((line) => this.polyline(line, 3, COLOURS.border)),
      );
    }
    this.route = g.routes.map((r) => this.polyline(r.points, 4, COLOURS.route, 0.85));
    this.drawPlaces();
    this.icons = this.add.container(0, 0).setDepth(20);
    this.setUpCamera();
    this.setUpSleep();
    this.resetView();
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

  private polyline(
    points: readonly (readonly number[])[],
    width: number,
    colour: number,
    alpha = 1,
  ): Phaser.GameObjects.Polygon {
    const flat = points.flatMap(([x, y]) => [x ?? 0, y ?? 0]);
    const shape = this.add
      .polygon(0, 0, flat)
      .setOrigin(0, 0)
      .setStrokeStyle(width, colour, alpha)
      .setDepth(8);
    shape.isFilled = false;
    shape.closePath = false;
    return shape;
  }

  private drawCountries(): void {
    for (const country of this.geometry.countries) {
      if (country.id === 'afghanistan') continue;
      const fill = country.actor ? COLOURS.actorLand : COLOURS.land;
      for (const poly of country.polygons) {
        this.add
          .polygon(0, 0, flatRing(poly[0] ?? []), fill)
          .setOrigin(0, 0)
          .setStrokeStyle(1, COLOURS.landEdge)
          .setDepth(1);
      }
      const ring = mainRing(country);
      if (ring.length === 0) continue;
      const [x, y] = ringCentre(ring);
      this.add
        .text(x, y, country.name.toUpperCase(), { fontFamily: FONT, fontSize: '13px', color: COLOURS.muted })
        .setOrigin(0.5)
        .setAlpha(0.8)
        .setDepth(2);
    }
  }

  private drawZones(): void {
    for (const zone of this.geometry.zones) {
      const fill = zone.polygons.map((poly) => {
        const points = flatRing(poly[0] ?? []);
        const shape = this.add
          .polygon(0, 0, points, UNKNOWN_CONTROL, 0.55)
          .setOrigin(0, 0)
          .setStrokeStyle(1.5, 0xffffff)
          .setDepth(4);
        shape.setInteractive(new Phaser.Geom.Polygon(points), Phaser.Geom.Polygon.Contains);
        const hover = (pointer: Phaser.Input.Pointer) => {
          const [x, y] = this.clientPoint(pointer);
          this.callbacks.hover(zone.id, x, y);
        };
        shape.on('pointermove', hover);
        shape.on('pointerdown', hover);
        // A finger lifting counts as leaving the shape: a tapped zone's tooltip stays until the next tap.
        shape.on('pointerout', (pointer: Phaser.Input.Pointer) => {
          if (!pointer.wasTouch) this.callbacks.hover(null, 0, 0);
        });
        return shape;
      });
      const [x, y] = zone.label;
      const label = this.add
        .text(x, y, zone.name, { ...LABEL, fontSize: '11px', align: 'center', fontStyle: 'bold' })
        .setOrigin(0.5)
        // Above the place names (14), whose halos would otherwise bite into the zone's name.
        .setDepth(15);
      const isisk = this.add.circle(x + 20, y + 20, 4, COLOURS.isisk, 0.75).setDepth(11);
      const refugees = this.add.triangle(x - 20, y + 20, 0, 10, 5, 0, 10, 10, COLOURS.refugees).setDepth(11);
      this.zones.set(zone.id, { fill, label, isisk, refugees, centre: [x, y] });
    }
  }

  private drawPlaces(): void {
    const sides = {
      right: [5, 0, 0, 0.5],
      left: [-5, 0, 1, 0.5],
      above: [0, -4, 0.5, 1],
      below: [0, 4, 0.5, 0],
    } as const;
    for (const place of this.geometry.places) {
      const [x, y] = place.at;
      const [dx, dy, ox, oy] = sides[place.label];
      this.add.circle(x, y, 2.5, COLOURS.place).setDepth(14);
      this.add
        .text(x + dx, y + dy, place.name, { ...LABEL, fontSize: '8px', color: COLOURS.muted })
        .setOrigin(ox, oy)
        .setDepth(14);
    }
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

  /** Drag or two-finger pinch to pan and zoom; the wheel zooms where the pointer is. Keys are the UI's. */
  private setUpCamera(): void {
    const camera = this.cameras.main;
    this.input.addPointer(1);
    this.input.on('pointerdown', (p: Phaser.Input.Pointer, over: unknown[]) => {
      this.drag = { x: p.x, y: p.y };
      // A tap outside every zone closes a tapped zone's tooltip.
      if (over.length === 0) this.callbacks.hover(null, 0, 0);
    });
    this.input.on('pointerup', () => {
      this.drag = null;
      this.pinch = null;
    });
    this.input.on('pointermove', (p: Phaser.Input.Pointer) => {
      const [a, b] = [this.input.pointer1, this.input.pointer2];
      if (a?.isDown && b?.isDown) {
        const distance = Phaser.Math.Distance.Between(a.x, a.y, b.x, b.y);
        if (this.pinch) this.zoomBy(distance / this.pinch, (a.x + b.x) / 2, (a.y + b.y) / 2);
        this.pinch = distance;
        return;
      }
      if (!p.isDown || !this.drag) return;
      camera.scrollX -= (p.x - this.drag.x) / camera.zoom;
      camera.scrollY -= (p.y - this.drag.y) / camera.zoom;
      this.drag = { x: p.x, y: p.y };
    });
    this.input.on('wheel', (p: Phaser.Input.Pointer, _over: unknown, _dx: number, dy: number) => {
      this.zoomBy(dy > 0 ? 0.9 : 1.1, p.x, p.y);
    });
  }

  /** Zooms by `factor` keeping the screen point (x, y) where it is. */
  zoomBy(factor: number, x = this.scale.width / 2, y = this.scale.height / 2): void {
    this.sleeper?.wake();
    const camera = this.cameras.main;
    const before = camera.getWorldPoint(x, y);
    camera.setZoom(Phaser.Math.Clamp(camera.zoom * factor, 1, 6));
    const after = camera.getWorldPoint(x, y);
    camera.scrollX += before.x - after.x;
    camera.scrollY += before.y - after.y;
  }

  panBy(dx: number, dy: number): void {
    this.sleeper?.wake();
    const camera = this.cameras.main;
    camera.scrollX += dx / camera.zoom;
    camera.scrollY += dy / camera.zoom;
  }

  /** The opening view: Afghanistan and the Central Asian states around it; zoom out for the whole region. */
  resetView(): void {
    this.sleeper?.wake();
    const view = this.openingView();
    this.cameras.main.setZoom(OPENING_ZOOM).centerOn(view.centerX, view.centerY);
  }

  /** The part of the map (in map coordinates) that the opening view shows. */
  private openingView(): Phaser.Geom.Rectangle {
    const afghanistan = this.geometry.countries.find((c) => c.id === 'afghanistan');
    const points = afghanistan?.polygons.flatMap((p) => p[0] ?? []) ?? [];
    const xs = points.map((p) => p[0] ?? 0);
    const ys = points.map((p) => p[1] ?? 0);
    const centreX = (Math.min(...xs) + Math.max(...xs)) / 2;
    const centreY = (Math.min(...ys) + Math.max(...ys)) / 2 - 70;
    const [width, height] = [this.scale.width / OPENING_ZOOM, this.scale.height / OPENING_ZOOM];
    return new Phaser.Geom.Rectangle(centreX - width / 2, centreY - height / 2, width, height);
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
    for (const [id, shapes] of this.zones) {
      const zone = state.zones[id];
      if (!zone) continue;
      const colour = CONTROL_COLOURS[zone.control ?? ''] ?? UNKNOWN_CONTROL;
      // Stability sets the strength, but never so faint that the controller's colour fades into the land.
      for (const shape of shapes.fill) shape.setFillStyle(colour, 0.45 + (zone.stability ?? 50) / 400);
      const name = this.geometry.zones.find((z) => z.id === id)?.name ?? id;
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
      this.showActions(view.actions);
    }
    // Drawn means painted: the renderer reports it after the next frame, which the wake above asks for.
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => this.callbacks.drawn(view.key));
  }

  /**
   * Draws a badge for every action of the turn that happened, succeeded or failed (blocked ones did not happen,
   * and a pass does nothing). Badges that land on the same point stand in centred rows above it.
   */
  private showActions(actions: readonly ActionRecord[]): void {
    this.icons.removeAll(true);
    const groups = new Map<
      string,
      { at: [number, number]; caption: string | null; badges: [Badge, boolean][] }
    >();
    for (const action of actions) {
      const badge = badgeFor(action.action);
      if (!badge || action.outcome === 'blocked') continue;
      const { at, caption } = this.anchorOf(action);
      const key = `${at[0]},${at[1]}`;
      const group = groups.get(key) ?? { at, caption, badges: [] };
      group.badges.push([badge, action.outcome === 'success']);
      groups.set(key, group);
    }
    for (const { at, caption, badges } of groups.values()) {
      badges.forEach(([badge, success], i) => {
        const row = Math.floor(i / BADGES_PER_ROW);
        const inRow = Math.min(BADGES_PER_ROW, badges.length - row * BADGES_PER_ROW);
        const x = at[0] + ((i % BADGES_PER_ROW) - (inRow - 1) / 2) * BADGE_STEP;
        this.drawBadge(badge, success, x, at[1] - BADGE_RISE - row * BADGE_STEP);
      });
      if (caption) {
        const text = this.add
          .text(at[0], at[1] - BADGE_RISE + 10, caption, { ...LABEL, fontSize: '9px', color: COLOURS.muted })
          .setOrigin(0.5, 0)
          .setAlpha(0);
        this.icons.add(text);
        this.tweens.add({ targets: text, alpha: 1, duration: 400, ease: 'Quad.Out' });
      }
    }
  }

  /** One badge: its letter in a white disc, dark if the action succeeded and grey if it failed; it drops in. */
  private drawBadge(badge: Badge, success: boolean, x: number, y: number): void {
    const disc = this.add
      .circle(0, 0, 8, 0xffffff)
      .setStrokeStyle(1.5, success ? COLOURS.succeeded : COLOURS.failed);
    const letter = this.add
      .text(0, 0, badge.letter, {
        fontFamily: FONT,
        fontSize: '10px',
        fontStyle: 'bold',
        color: success ? COLOURS.text : COLOURS.failedText,
        resolution: 2,
      })
      .setOrigin(0.5);
    const container = this.add.container(x, y - 6, [disc, letter]).setAlpha(0);
    this.icons.add(container);
    this.tweens.add({ targets: container, alpha: 1, y, duration: 400, ease: 'Quad.Out' });
  }

  /**
   * Where an action lands: its target zone or border; else the acting country; else, for an actor with no
   * country on the map (the Afghan parties, ISIS-K, the United States), the Kabul zone, or Afghanistan if the
   * map has none. A point outside the opening view (Russia, most of Kazakhstan) is pulled inside its edge and
   * captioned with the country's name, so every badge shows without zooming out.
   */
  private anchorOf(action: ActionRecord): { at: [number, number]; caption: string | null } {
    const zone = action.target ? this.zones.get(action.target) : undefined;
    if (zone) return { at: zone.centre, caption: null };
    const line = action.target
      ? this.geometry.borders.find((b) => b.id === action.target)?.lines[0]
      : undefined;
    if (line) return { at: ringCentre(line), caption: null };
    const country = this.geometry.countries.find((c) => c.actor === action.actor);
    const kabul = this.zones.get(KABUL_ZONE)?.centre;
    const afghanistan = this.geometry.countries.find((c) => c.id === 'afghanistan');
    const [x, y] = country
      ? ringCentre(mainRing(country))
      : (kabul ??
        (afghanistan ? ringCentre(mainRing(afghanistan)) : [this.scale.width / 2, this.scale.height / 2]));
    const view = this.openingView();
    const inside: [number, number] = [
      Phaser.Math.Clamp(x, view.left + 3 * BADGE_STEP, view.right - 3 * BADGE_STEP),
      Phaser.Math.Clamp(y, view.top + BADGE_RISE + 2 * BADGE_STEP, view.bottom - BADGE_STEP),
    ];
    const moved = inside[0] !== x || inside[1] !== y;
    return { at: inside, caption: moved ? (country?.name ?? null) : null };
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
