/** The part of Phaser's game loop (Phaser.Core.TimeStep) that IdleSleep drives. */
export interface SleepableLoop {
  readonly running: boolean;
  sleep(): void;
  wake(): void;
  resetDelta(): void;
}

/**
 * Lets the game loop sleep while the map is still. Without a GPU (software WebGL) every frame redraws the whole
 * map, which keeps a core busy for a picture that does not change. Whatever changes the picture calls wake();
 * the scene's update() calls frame() once a frame, saying whether something is still moving.
 */
export class IdleSleep {
  private stillFrames = 0;

  constructor(
    private readonly loop: SleepableLoop,
    /** Still frames before sleeping: enough for a last tween frame and a resize to settle. */
    private readonly framesBeforeSleep = 30,
  ) {}

  wake(): void {
    this.stillFrames = 0;
    if (this.loop.running) return;
    // The time asleep is not a frame's delta: tweens must not jump ahead by it.
    this.loop.resetDelta();
    this.loop.wake();
  }

  frame(moving: boolean): void {
    if (moving) {
      this.stillFrames = 0;
      return;
    }
    this.stillFrames += 1;
    if (this.stillFrames >= this.framesBeforeSleep) this.loop.sleep();
  }
}
