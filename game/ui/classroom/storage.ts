/**
 * What the classroom pages keep in the browser. A student's token lives in localStorage, so a reload, a dropped
 * Wi-Fi or a closed lid rejoins the same role; the teacher key only in sessionStorage (gone with the tab); the
 * teacher's sessions in localStorage, since no API lists them and a closed tab must not lose the console.
 */
export interface KeyValue {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface StudentSeat {
  token: string;
  session: string;
  role: string;
  name: string;
  code: string;
}

export interface TeacherSession {
  session: string;
  teacherToken: string;
  codes: Record<string, string>;
  scenario: string;
  createdAt: number;
}

const SEAT = 'greatgame.classroom.seat';
const KEY = 'greatgame.classroom.teacherKey';
const SESSIONS = 'greatgame.classroom.sessions';
const JOIN_BASE = 'greatgame.classroom.joinBase';
/** Enough to find last week's sessions again, not a history of every class. */
const KEEP_SESSIONS = 10;

function readJson<T>(store: KeyValue, key: string, valid: (v: unknown) => v is T): T | null {
  try {
    const value: unknown = JSON.parse(store.getItem(key) ?? 'null');
    return valid(value) ? value : null;
  } catch {
    return null;
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const strings = (v: Record<string, unknown>, keys: string[]) => keys.every((k) => typeof v[k] === 'string');

const isSeat = (v: unknown): v is StudentSeat =>
  isObject(v) && strings(v, ['token', 'session', 'role', 'name', 'code']);
const isSessions = (v: unknown): v is TeacherSession[] =>
  Array.isArray(v) &&
  v.every((s) => isObject(s) && strings(s, ['session', 'teacherToken', 'scenario']) && isObject(s.codes));

export class ClassroomStorage {
  constructor(
    private readonly local: KeyValue,
    private readonly perTab: KeyValue,
  ) {}

  seat(): StudentSeat | null {
    return readJson(this.local, SEAT, isSeat);
  }
  saveSeat(seat: StudentSeat): void {
    this.local.setItem(SEAT, JSON.stringify(seat));
  }
  forgetSeat(): void {
    this.local.removeItem(SEAT);
  }

  teacherKey(): string | null {
    return this.perTab.getItem(KEY) || null;
  }
  saveTeacherKey(key: string | null): void {
    if (key) this.perTab.setItem(KEY, key);
    else this.perTab.removeItem(KEY);
  }

  sessions(): TeacherSession[] {
    return readJson(this.local, SESSIONS, isSessions) ?? [];
  }
  saveSession(session: TeacherSession): void {
    const rest = this.sessions().filter((s) => s.session !== session.session);
    this.local.setItem(SESSIONS, JSON.stringify([session, ...rest].slice(0, KEEP_SESSIONS)));
  }
  session(id: string): TeacherSession | null {
    return this.sessions().find((s) => s.session === id) ?? null;
  }

  joinBase(): string | null {
    return this.local.getItem(JOIN_BASE) || null;
  }
  saveJoinBase(base: string): void {
    this.local.setItem(JOIN_BASE, base);
  }
}

/** The browser's storage; a page whose storage is blocked still works for as long as it stays open. */
export function browserStorage(): ClassroomStorage {
  const memory = (): KeyValue => {
    const map = new Map<string, string>();
    return {
      getItem: (k) => map.get(k) ?? null,
      setItem: (k, v) => void map.set(k, v),
      removeItem: (k) => void map.delete(k),
    };
  };
  const pick = (get: () => Storage): KeyValue => {
    try {
      const s = get();
      s.getItem('x');
      return s;
    } catch {
      return memory();
    }
  };
  return new ClassroomStorage(
    pick(() => window.localStorage),
    pick(() => window.sessionStorage),
  );
}
