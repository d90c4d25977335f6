import { createServer, type Server } from 'node:http';
import sirv from 'sirv';

/** An HTTP server for a built game's folder: its files, and 404 for anything else. Not yet listening. */
export function staticServer(dir: string): Server {
  const serve = sirv(dir, { dev: false, etag: true, gzip: false });
  return createServer((req, res) =>
    serve(req, res, () => {
      res.statusCode = 404;
      res.end('not found');
    }),
  );
}
