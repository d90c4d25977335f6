import * as Phaser from 'phaser';
import type { MapGeometry } from '../map/geometry.ts';
import { MapScene } from './MapScene.ts';

/** The Phaser game: one scene, the map, on WebGL, scaled to fit its parent element. */
export function createMapGame(
  parent: HTMLElement,
  geometry: MapGeometry,
): { game: Phaser.Game; scene: MapScene } {
  const scene = new MapScene(geometry);
  const game = new Phaser.Game({
    type: Phaser.WEBGL,
    parent,
    width: geometry.width,
    height: geometry.height,
    backgroundColor: '#dfe9ef',
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
    scene: [scene],
    banner: false,
    // Keyboard shortcuts belong to the page (game/ui/keyboard.ts), not to Phaser.
    input: { keyboard: false, mouse: { preventDefaultWheel: true } },
    render: { antialias: true, preserveDrawingBuffer: true },
  });
  return { game, scene };
}

export function rendererName(game: Phaser.Game): 'webgl' | 'canvas' | 'unknown' {
  if (game.renderer?.type === Phaser.WEBGL) return 'webgl';
  if (game.renderer?.type === Phaser.CANVAS) return 'canvas';
  return 'unknown';
}
