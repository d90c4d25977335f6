import { describe, expect, it } from 'vitest';
import { IdleSleep, type SleepableLoop } from '../../game/scenes/idle-sleep.ts';

function fakeLoop(): SleepableLoop & { calls: string[] } {
  const loop = {
    running: true,
    calls: [] as string[],
    sleep() {
      loop.running = false;
      loop.calls.push('sleep');
    },
    wake() {
      loop.running = true;
      loop.calls.push('wake');
    },
    resetDelta() {
      loop.calls.push('resetDelta');
    },
  };
  return loop;
}

describe('the render loop sleeps while the map is still', () => {
  it('sleeps after the given number of still frames, not before', () => {
    const loop = fakeLoop();
    const sleeper = new IdleSleep(loop, 3);
    sleeper.frame(false);
    sleeper.frame(false);
    expect(loop.running).toBe(true);
    sleeper.frame(false);
    expect(loop.running).toBe(false);
  });

  it('stays awake while something moves, and counts afresh after it stops', () => {
    const loop = fakeLoop();
    const sleeper = new IdleSleep(loop, 2);
    sleeper.frame(false);
    sleeper.frame(true);
    sleeper.frame(false);
    expect(loop.running).toBe(true);
    sleeper.frame(false);
    expect(loop.running).toBe(false);
  });

  it('wakes with a fresh delta, so the time asleep does not leap tweens forward', () => {
    const loop = fakeLoop();
    const sleeper = new IdleSleep(loop, 1);
    sleeper.frame(false);
    sleeper.wake();
    expect(loop.calls).toEqual(['sleep', 'resetDelta', 'wake']);
    expect(loop.running).toBe(true);
  });

  it('a wake while running only restarts the count', () => {
    const loop = fakeLoop();
    const sleeper = new IdleSleep(loop, 2);
    sleeper.frame(false);
    sleeper.wake();
    sleeper.frame(false);
    expect(loop.running).toBe(true);
    expect(loop.calls).toEqual([]);
  });
});
