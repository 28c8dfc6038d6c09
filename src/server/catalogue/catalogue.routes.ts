import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  entitiesResponseSchema,
  serviceSchema,
  servicesQuerySchema,
  servicesResponseSchema,
} from '../../common/schemas/catalogue.schema.ts';
import { errors } from '../http/errors.ts';
import { presentEntity, presentService } from './catalogue.presenter.ts';
import type { CatalogueService } from './catalogue.service.ts';

/** The public service catalogue and the entity list. */
export function catalogueRoutes(catalogue: CatalogueService) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();

    r.get(
      '/api/v1/services',
      {
        schema: {
          tags: ['catalogue'],
          summary: 'List or search the service catalogue',
          querystring: servicesQuerySchema,
          response: { 200: servicesResponseSchema },
        },
      },
      async (request) => {
        const { q, group, type } = request.query;
        const services = (await catalogue.list(q))
          .filter((s) => !group || s.group.code === group)
          .filter((s) => !type || s.types.includes(type));
        return { items: services.map(presentService) };
      },
    );

    r.get(
      '/api/v1/services/:code',
      {
        schema: {
          tags: ['catalogue'],
          summary: 'One service with its extra questions',
          params: z.object({ code: z.string().max(100) }),
          response: { 200: serviceSchema },
        },
      },
      async (request) => {
        const service = await catalogue.get(request.params.code);
        if (!service) throw errors.serviceNotFound(request.params.code);
        return presentService(service);
      },
    );

    r.get(
      '/api/v1/entities',
      { schema: { tags: ['catalogue'], summary: 'Government entities', response: { 200: entitiesResponseSchema } } },
      async () => ({ items: (await catalogue.entities()).map(presentEntity) }),
    );
  };
}
