import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the fake gateway received. */
export interface GatewayRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  /** The body parsed as JSON, when it is JSON. */
  json: Record<string, unknown> | undefined;
}

/** A local HTTP "SMS gateway" on 127.0.0.1 that records requests and answers a chosen status. */
export interface TestSmsGateway {
  url: string;
  requests: GatewayRequest[];
  /** The status the next requests get (200 by default). */
  status: number;
  /** A refusal echoes the request's body back, as some gateways do. */
  echo?: boolean;
  close(): Promise<void>;
}

export async function startSmsGateway(path = '/send'): Promise<TestSmsGateway> {
  const gateway: TestSmsGateway = { url: '', requests: [], status: 200, close: async () => {} };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      let json: Record<string, unknown> | undefined;
      try {
        json = JSON.parse(body) as Record<string, unknown>;
      } catch {
        json = undefined;
      }
      gateway.requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body, json });
      res.writeHead(gateway.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(gateway.status < 300 ? { accepted: true } : { error: 'gateway unavailable', ...(gateway.echo ? { request: body } : {}) }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  gateway.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`;
  gateway.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return gateway;
}
