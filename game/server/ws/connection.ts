import type { WebSocket } from 'ws';
import type { Clock } from '../session/clock.ts';
import type { Principal } from '../session/intents.ts';
import type { Session, Sink } from '../session/session.ts';
import { parseFrame } from './frames.ts';
import { RateLimit } from './rate-limit.ts';

/** Past this much unsent output, a client that stopped reading is dropped rather than buffered for. */
const MAX_BUFFERED = 4 * 1024 * 1024;

/**
 * One client's socket: each frame is parsed, rate-limited and handed to the session, and answered with an ack
 * (after the session committed it) or an error. Nothing a client sends can throw out of here.
 */
export function attachClient(
  ws: WebSocket,
  session: Session,
  principal: Principal,
  clock: Clock,
  onError: (error: unknown) => void,
): void {
  const limit = new RateLimit(clock);
  const sendText = (json: string) => {
    if (ws.readyState !== ws.OPEN) return;
    if (ws.bufferedAmount > MAX_BUFFERED) return void ws.terminate();
    ws.send(json);
  };
  const send = (message: object) => sendText(JSON.stringify(message));
  const sink: Sink = { principal, send: sendText, close: (code, reason) => ws.close(code, reason) };
  const unsubscribe = session.subscribe(sink);
  ws.on('close', unsubscribe);
  ws.on('error', () => ws.terminate());
  ws.on('message', (data, binary) => {
    const parsed = parseFrame(data as Buffer, binary);
    if (!limit.take()) {
      const id = parsed.ok ? parsed.intent.id : parsed.id;
      return send({ type: 'error', id, code: 'rate_limited', message: 'too many messages: slow down' });
    }
    if (!parsed.ok) return send({ type: 'error', id: parsed.id, code: parsed.code, message: parsed.message });
    const { id } = parsed.intent;
    session.handle(principal, parsed.intent).then(
      (checked) => {
        if (checked.ok) return send({ type: 'ack', id });
        send({
          type: 'error',
          id,
          code: checked.code,
          message: checked.message,
          ...(checked.legal ? { legal: checked.legal } : {}),
        });
      },
      (error) => {
        onError(error);
        send({ type: 'error', id, code: 'internal', message: 'the server could not record this: try again' });
      },
    );
  });
}
