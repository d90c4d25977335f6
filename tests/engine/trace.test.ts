import { describe, expect, it } from 'vitest';
import type { Condition } from '../../game/engine/index.ts';
import { traceCondition } from '../../game/engine/index.ts';

const values: Record<string, number> = { turn: 3, 'indicators.peace_process': 40 };
const lookup = (input: string) => values[input] ?? null;
const turnIs = (n: number) => ({ input: 'turn', op: '==', value: n }) as Condition;

describe('traceCondition: a condition evaluated as written, for explanations', () => {
  it('holds an all when every part holds, an any when one does, a not when its part does not', () => {
    expect(traceCondition({ all: [turnIs(3), turnIs(4)] }, lookup).holds).toBe(false);
    expect(traceCondition({ all: [turnIs(3), turnIs(3)] }, lookup).holds).toBe(true);
    expect(traceCondition({ any: [turnIs(4), turnIs(3)] }, lookup).holds).toBe(true);
    expect(traceCondition({ any: [turnIs(3), turnIs(4)] }, lookup).holds).toBe(true);
    expect(traceCondition({ any: [turnIs(4), turnIs(5)] }, lookup).holds).toBe(false);
    expect(traceCondition({ not: turnIs(3) }, lookup).holds).toBe(false);
    expect(traceCondition({ not: turnIs(4) }, lookup).holds).toBe(true);
    expect(traceCondition({ all: [] }, lookup).holds).toBe(true);
  });

  it('records every atom with the value it read and whether it held, in the order written', () => {
    const peace = { input: 'indicators.peace_process', op: '>=', value: 50 } as Condition;
    const trace = traceCondition({ any: [{ not: peace }, { all: [turnIs(3)] }] }, lookup);
    expect(trace).toEqual({
      holds: true,
      atoms: [
        { atom: peace, actual: 40, holds: false },
        { atom: turnIs(3), actual: 3, holds: true },
      ],
    });
  });
});
