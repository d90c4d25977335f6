import * as Phaser from 'phaser';
import { CLOSE_ZOOM, closeView, type MapGeometry, OPENING_ZOOM, openingView } from '../map/geometry.ts';
import { PLACE_FONT } from './label-boxes.ts';
import { COLOURS } from './palette.ts';

const MIN_ZOOM = 1;
const MAX_ZOOM = 6;
/** The smallest text the opening view shows, in screen pixels: a phone zooms in until its place names reach it. */
export const MIN_LABEL_PX = 9;

/** What the page's keys do to the map (game/ui/keyboard.ts). */
export interface MapControls {
  /** Zooms by `factor` keeping the screen point (x, y) where it is; the canvas centre by default. */
  zoomBy(factor: number, x?: number, y?: number): void;
  /** Moves the view by (dx, dy) screen pixels. */
  panBy(dx: number, dy: number): void;
  /** Back to the opening view. */
  resetView(): void;
}

/**
 * The map's camera and the pointer: drag or two-finger pinch to pan and zoom, the wheel zooms where the pointer
 * is. Keys are the page's, which call the MapControls. Every move wakes the render loop (`wake`).
 */
export class MapCamera implements MapControls {
  private scene: Phaser.Scene | null = null;
  private drag: { x: number; y: number } | null = null;
  private pinch: number | null = null;
  /** The person has moved the view since it opened: a resize then leaves it where they put it. */
  private moved = false;

  constructor(
    private readonly geometry: MapGeometry,
    private readonly wake: () => void,
  ) {}

  /** Sets the camera up on the scene and listens to the pointer; `tappedOutside` hears a tap on no zone. */
  attach(scene: Phaser.Scene, tappedOutside: () => void): void {
    this.scene = scene;
    const camera = scene.cameras.main;
    camera.setBackgroundColor(COLOURS.sea);
    camera.setBounds(0, 0, this.geometry.width, this.geometry.height);
    const input = scene.input;
    input.addPointer(1);
    input.on('pointerdown', (p: Phaser.Input.Pointer, over: unknown[]) => {
      this.drag = { x: p.x, y: p.y };
      // A tap outside every zone closes a tapped zone's tooltip.
      if (over.length === 0) tappedOutside();
    });
    // The canvas gets its size after the scene starts, and a phone turns: the opening view follows it.
    scene.scale.on('resize', () => {
      if (!this.moved) this.resetView();
    });
    input.on('pointerup', () => {
      this.drag = null;
      this.pinch = null;
    });
    input.on('pointermove', (p: Phaser.Input.Pointer) => {
      const [a, b] = [input.pointer1, input.pointer2];
      if (a?.isDown && b?.isDown) {
        const distance = Phaser.Math.Distance.Between(a.x, a.y, b.x, b.y);
        if (this.pinch) this.zoomBy(distance / this.pinch, (a.x + b.x) / 2, (a.y + b.y) / 2);
        this.pinch = distance;
        return;
      }
      if (!p.isDown || !this.drag) return;
      if (p.x !== this.drag.x || p.y !== this.drag.y) this.moved = true;
      camera.scrollX -= (p.x - this.drag.x) / camera.zoom;
      camera.scrollY -= (p.y - this.drag.y) / camera.zoom;
      this.drag = { x: p.x, y: p.y };
    });
    input.on('wheel', (p: Phaser.Input.Pointer, _over: unknown, _dx: number, dy: number) => {
      this.zoomBy(dy > 0 ? 0.9 : 1.1, p.x, p.y);
    });
  }

  zoomBy(factor: number, x?: number, y?: number): void {
    const scene = this.scene;
    if (!scene) return;
    this.wake();
    this.moved = true;
    const camera = scene.cameras.main;
    const [sx, sy] = [x ?? scene.scale.width / 2, y ?? scene.scale.height / 2];
    const before = camera.getWorldPoint(sx, sy);
    camera.setZoom(Phaser.Math.Clamp(camera.zoom * factor, MIN_ZOOM, MAX_ZOOM));
    const after = camera.getWorldPoint(sx, sy);
    camera.scrollX += before.x - after.x;
    camera.scrollY += before.y - after.y;
  }

  panBy(dx: number, dy: number): void {
    if (!this.scene) return;
    this.wake();
    this.moved = true;
    const camera = this.scene.cameras.main;
    camera.scrollX += dx / camera.zoom;
    camera.scrollY += dy / camera.zoom;
  }

  /** How many screen pixels a map pixel takes on the canvas as it is shown, before the camera's zoom. */
  get displayScale(): number {
    const scene = this.scene;
    if (!scene) return 1;
    return scene.game.canvas.getBoundingClientRect().width / scene.scale.width || 1;
  }

  /**
   * The opening view: Afghanistan and the Central Asian states around it; zoom out for the whole region. On a
   * small screen it comes closer, up to the close view (Afghanistan alone), until the smallest label is
   * MIN_LABEL_PX on screen: at 390 px wide the region's view would shrink place names to 4 px.
   */
  resetView(): void {
    if (!this.scene) return;
    this.wake();
    this.moved = false;
    const readable = MIN_LABEL_PX / (PLACE_FONT * this.displayScale);
    const zoom = Phaser.Math.Clamp(readable, OPENING_ZOOM, CLOSE_ZOOM);
    const view = zoom > OPENING_ZOOM ? closeView(this.geometry) : openingView(this.geometry, OPENING_ZOOM);
    this.scene.cameras.main.setZoom(zoom).centerOn(view.centreX, view.centreY);
  }
}
