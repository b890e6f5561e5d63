/** Mounts channel routes on a plain `http.createServer` on 127.0.0.1 (the service uses express). */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Route } from '../../bot/http';

export interface RouteHost {
  url: string;
  server: http.Server;
  close(): Promise<void>;
}

export async function hostRoutes(routes: Route[]): Promise<RouteHost> {
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const route = routes.find((r) => r.method === req.method && r.path === path);
    if (!route) {
      res.writeHead(404).end();
      return;
    }
    Promise.resolve(route.handler(req, res)).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    server,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Polls until `check` returns true or the timeout passes. */
export async function waitFor(check: () => boolean, timeoutMs = 5000, what = 'condition'): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
