import type { AdminEntity } from '../../../common/schemas/admin.schema.ts';

/** The active entities that can own staff, units and services (every kind but a unit). */
export const ownerEntities = (entities: AdminEntity[]) => entities.filter((e) => e.kind !== 'unit' && e.active);

/** The owner a new item starts with: the person's own entity where it is one of them, else the first. */
export const defaultOwner = (owners: AdminEntity[], ownCode: string) => owners.find((o) => o.code === ownCode)?.code ?? owners[0]?.code ?? '';
