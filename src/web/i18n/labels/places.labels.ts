import type { TFunction } from 'i18next';

/** Why a case was (or would be) routed where it was, as the rule tester says it (`trace.reason`). */
export function routingReasonLabel(t: TFunction, reason: string): string {
  switch (reason) {
    case 'rule':
      return t('admin.routing.reason.rule');
    case 'area':
      return t('admin.routing.reason.area');
    case 'picked_governorate':
      return t('admin.routing.reason.picked_governorate');
    case 'outside_every_area':
      return t('admin.routing.reason.outside_every_area');
    case 'near_boundary':
      return t('admin.routing.reason.near_boundary');
    case 'no_location':
      return t('admin.routing.reason.no_location');
    case 'no_boundary_set':
      return t('admin.routing.reason.no_boundary_set');
    case 'service_entity':
      return t('admin.routing.reason.service_entity');
    default:
      // A newer server's reason: shown as it is rather than hidden.
      return reason;
  }
}
