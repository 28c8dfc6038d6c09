import type { FastifyInstance } from 'fastify';
import { signRelayBody } from '../../src/server/inbound/relay-signature.ts';

/** Posts a relay message to `/api/v1/inbound/{channel}`, signed with the channel's secret as a relay signs it. */
export function postRelayMessage(app: FastifyInstance, channel: string, secret: string, message: object) {
  const raw = JSON.stringify(message);
  const ts = String(Math.floor(Date.now() / 1000));
  return app.inject({
    method: 'POST',
    url: `/api/v1/inbound/${channel}`,
    payload: raw,
    headers: { 'content-type': 'application/json', 'x-tawasul-timestamp': ts, 'x-tawasul-signature': signRelayBody(secret, ts, raw) },
  });
}
