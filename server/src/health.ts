/**
 * `GET /health` for load balancers: 200 with a small JSON (no team names). Every other plain HTTP
 * request gets 404; WebSocket upgrades are not requests and go on to Hocuspocus.
 */
import type { Extension, onRequestPayload } from '@hocuspocus/server';

export function healthEndpoint(info: { redis: boolean; startedAt: number }): Extension {
  return {
    extensionName: 'Health',
    async onRequest({ request, response, instance }: onRequestPayload) {
      const path = new URL(request.url ?? '/', 'http://localhost').pathname;
      const body =
        path === '/health' && (request.method === 'GET' || request.method === 'HEAD')
          ? {
              status: 'ok',
              service: 'council-lens-sync',
              uptimeSeconds: Math.round((Date.now() - info.startedAt) / 1000),
              documents: instance.getDocumentsCount(),
              connections: instance.getConnectionsCount(),
              redis: info.redis,
            }
          : null;
      response.writeHead(body ? 200 : 404, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      response.end(request.method === 'HEAD' ? undefined : JSON.stringify(body ?? { status: 'not-found' }));
      // A rejection without an error stops Hocuspocus from writing its own default answer.
      return Promise.reject();
    },
  };
}
