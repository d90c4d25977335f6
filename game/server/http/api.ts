import type { IncomingMessage, ServerResponse } from 'node:http';
import { ENGINE_VERSION } from '../../content/version.ts';
import { replayOf } from '../../replay/replay-file.ts';
import type { Classroom } from '../session/classroom.ts';
import type { Clock } from '../session/clock.ts';
import { isOver } from '../session/model.ts';
import { CreateBody, firstIssue, JoinBody } from './bodies.ts';
import { JoinLimiter } from './join-limit.ts';
import { HttpError, readJsonBody, sendError, sendJson } from './respond.ts';
import { bearer, teacherAllowed } from './teacher-auth.ts';

export interface ApiOptions {
  classroom: Classroom;
  clock: Clock;
  teacherKey: string | null;
  /** The URLs clients reach this server at, LAN ones first (empty until it listens). */
  addresses: () => string[];
  /** Told of an error nothing expected (a full disk, a bug): the client only gets a 500. */
  onError: (error: unknown) => void;
}

/** The JSON API under /api/. Returns false for a path it does not serve. */
export function createApi({ classroom, clock, teacherKey, addresses, onError }: ApiOptions) {
  const joins = new JoinLimiter(clock);

  async function route(req: IncomingMessage, res: ServerResponse, path: string, query: URLSearchParams) {
    const method = req.method ?? 'GET';
    if (path === '/api/health') {
      if (method !== 'GET') throw new HttpError(405, 'method_not_allowed', 'use GET');
      return sendJson(res, 200, { ok: true, version: ENGINE_VERSION });
    }
    if (path === '/api/addresses') {
      // The teacher's page opens on localhost, which no phone can reach: this says what the room can.
      if (method !== 'GET') throw new HttpError(405, 'method_not_allowed', 'use GET');
      if (!teacherAllowed(req, teacherKey)) throw new HttpError(403, 'forbidden', 'for the teacher only');
      return sendJson(res, 200, { urls: addresses() });
    }
    if (path === '/api/sessions') {
      if (method !== 'POST') throw new HttpError(405, 'method_not_allowed', 'use POST');
      if (!teacherAllowed(req, teacherKey))
        throw new HttpError(
          403,
          'forbidden',
          teacherKey === null ? 'the teacher API answers this machine only' : 'a valid teacher key is needed',
        );
      const body = CreateBody.safeParse(await readJsonBody(req));
      if (!body.success) throw new HttpError(400, 'invalid', firstIssue(body.error));
      const created = await classroom.create(body.data);
      if (!created.ok) throw new HttpError(created.status, created.code, created.message);
      return sendJson(res, 201, created.value);
    }
    if (path === '/api/join') {
      if (method !== 'POST') throw new HttpError(405, 'method_not_allowed', 'use POST');
      const address = req.socket.remoteAddress ?? 'unknown';
      if (joins.blocked(address))
        throw new HttpError(429, 'too_many_attempts', 'too many failed joins: wait a minute');
      const body = JoinBody.safeParse(await readJsonBody(req));
      if (!body.success) {
        joins.fail(address);
        throw new HttpError(400, 'invalid', firstIssue(body.error));
      }
      const joined = await classroom.join(body.data.code, body.data.name);
      if (!joined.ok) {
        joins.fail(address);
        throw new HttpError(joined.status, joined.code, joined.message);
      }
      return sendJson(res, 200, joined.value);
    }
    const replay = /^\/api\/sessions\/([A-Za-z0-9_-]{1,64})\/replay$/.exec(path);
    if (replay) {
      if (method !== 'GET') throw new HttpError(405, 'method_not_allowed', 'use GET');
      // A link the teacher clicks cannot send a header, so the token may come in the query too.
      const token = bearer(req) ?? query.get('token');
      const who = token ? await classroom.authenticate(token) : null;
      if (!who || who.session.id !== replay[1])
        throw new HttpError(403, 'forbidden', 'a token of this session is needed');
      const { model } = who.session;
      if (who.principal.kind !== 'teacher' && !isOver(model))
        throw new HttpError(403, 'forbidden', 'students get the replay once the session is over');
      if (model.game.log.length === 0) throw new HttpError(409, 'not_started', 'no turn has been played yet');
      const played = model.game.log.length;
      const injections = model.injections.filter((i) => i.turn <= played);
      // Injected events are part of the record: a replay without them would not verify.
      const file = {
        ...replayOf(model.game, model.played, ENGINE_VERSION, model.forecastsMade),
        ...(injections.length > 0 ? { injections } : {}),
      };
      return sendJson(res, 200, file, {
        'content-disposition': `attachment; filename="greatgame-${model.config.scenario}-${model.id}.json"`,
      });
    }
    throw new HttpError(404, 'not_found', `no API at ${path}`);
  }

  return async function api(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    try {
      await route(req, res, url.pathname, url.searchParams);
    } catch (e) {
      if (res.headersSent) return void res.destroy();
      if (e instanceof HttpError) return sendError(res, e.status, e.code, e.message);
      onError(e);
      sendError(res, 500, 'internal', 'the server could not do this');
    }
  };
}
