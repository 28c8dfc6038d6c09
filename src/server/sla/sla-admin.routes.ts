import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  calendarInputSchema,
  calendarPatchSchema,
  holidayInputSchema,
  overrideInputSchema,
  policyInputSchema,
} from '../../common/schemas/sla-admin.schema.ts';
import { requireStaff } from '../access/access.service.ts';
import type { SlaAdminService } from './sla-admin.service.ts';

const codeParams = z.object({ code: z.string().max(40) });

/** Admin API for working calendars and SLA policies (national coordinator). */
export function slaAdminRoutes(admin: SlaAdminService) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['admin'];
    // An .ics file arrives as text/calendar (up to 1 MB).
    app.addContentTypeParser('text/calendar', { parseAs: 'string', bodyLimit: 1024 * 1024 }, (_req, body, done) => done(null, body));

    r.get('/api/v1/admin/calendars', { schema: { tags, summary: 'Working calendars with holidays and overrides' } }, async (req) => ({
      items: await admin.listCalendars(requireStaff(req.actor, 'calendar', 'read')),
    }));
    r.post('/api/v1/admin/calendars', { schema: { tags, summary: 'Create a calendar', body: calendarInputSchema } }, async (req, reply) => {
      await admin.createCalendar(requireStaff(req.actor, 'calendar', 'write'), req.body);
      return reply.status(201).send({ code: req.body.code });
    });
    r.patch('/api/v1/admin/calendars/:code', { schema: { tags, summary: 'Change a calendar', params: codeParams, body: calendarPatchSchema } }, async (req, reply) => {
      await admin.updateCalendar(requireStaff(req.actor, 'calendar', 'write'), req.params.code, req.body);
      return reply.status(204).send();
    });
    r.post('/api/v1/admin/calendars/:code/holidays', { schema: { tags, summary: 'Add (or rename) a holiday', params: codeParams, body: holidayInputSchema } }, async (req, reply) => {
      await admin.addHoliday(requireStaff(req.actor, 'calendar', 'write'), req.params.code, req.body);
      return reply.status(201).send({ date: req.body.date });
    });
    r.delete(
      '/api/v1/admin/calendars/:code/holidays/:date',
      { schema: { tags, summary: 'Remove a holiday', params: codeParams.extend({ date: z.iso.date() }) } },
      async (req, reply) => {
        await admin.removeHoliday(requireStaff(req.actor, 'calendar', 'write'), req.params.code, req.params.date);
        return reply.status(204).send();
      },
    );
    r.post('/api/v1/admin/calendars/:code/overrides', { schema: { tags, summary: 'Add dated hours (e.g. Ramadan)', params: codeParams, body: overrideInputSchema } }, async (req, reply) => {
      await admin.addOverride(requireStaff(req.actor, 'calendar', 'write'), req.params.code, req.body);
      return reply.status(201).send({ from: req.body.from, to: req.body.to });
    });
    r.post(
      '/api/v1/admin/calendars/:code/holidays/import',
      {
        schema: {
          tags,
          summary: 'Import holidays from an iCalendar (.ics) file sent as text/calendar',
          params: codeParams,
          querystring: z.object({ lunar: z.enum(['true', 'false']).optional() }).strict(),
          body: z.string().max(1024 * 1024),
        },
      },
      async (req) => admin.importIcs(requireStaff(req.actor, 'calendar', 'write'), req.params.code, req.body, req.query.lunar === 'true'),
    );
    r.get('/api/v1/admin/sla-policies', { schema: { tags, summary: 'SLA policies with targets and escalation ladders' } }, async (req) => ({
      items: await admin.listPolicies(requireStaff(req.actor, 'sla_policy', 'read')),
    }));
    r.put('/api/v1/admin/sla-policies/:code', { schema: { tags, summary: 'Create or replace a policy', params: codeParams, body: policyInputSchema.omit({ code: true }) } }, async (req, reply) => {
      await admin.savePolicy(requireStaff(req.actor, 'sla_policy', 'write'), { ...req.body, code: req.params.code });
      return reply.status(204).send();
    });
    r.put(
      '/api/v1/admin/services/:code/sla-policy',
      { schema: { tags, summary: 'Assign a policy to a service', params: codeParams, body: z.object({ policyCode: z.string().max(40) }).strict() } },
      async (req, reply) => {
        await admin.assignPolicy(requireStaff(req.actor, 'sla_policy', 'write'), req.params.code, req.body.policyCode);
        return reply.status(204).send();
      },
    );
  };
}
