import type { RouteObject } from 'react-router';

/**
 * The administration pages, each its own chunk under /staff/admin. The frame (AdminLayout) shows
 * the sections the signed-in person may manage; the server decides what each may change.
 */
export const adminRoutes: RouteObject[] = [
  { index: true, lazy: async () => ({ Component: (await import('./AdminHomePage.tsx')).AdminHomePage }) },
  { path: 'services', lazy: async () => ({ Component: (await import('./services/ServicesPage.tsx')).ServicesPage }) },
  { path: 'services/new', lazy: async () => ({ Component: (await import('./services/ServiceEditorPage.tsx')).ServiceEditorPage }) },
  { path: 'services/:code', lazy: async () => ({ Component: (await import('./services/ServiceEditorPage.tsx')).ServiceEditorPage }) },
  { path: 'suggester', lazy: async () => ({ Component: (await import('./suggester/SuggesterPage.tsx')).SuggesterPage }) },
  { path: 'sla-policies', lazy: async () => ({ Component: (await import('./sla/SlaPoliciesPage.tsx')).SlaPoliciesPage }) },
  { path: 'calendars', lazy: async () => ({ Component: (await import('./sla/CalendarsPage.tsx')).CalendarsPage }) },
  { path: 'templates', lazy: async () => ({ Component: (await import('./templates/TemplatesPage.tsx')).TemplatesPage }) },
  { path: 'entities', lazy: async () => ({ Component: (await import('./entities/EntitiesPage.tsx')).EntitiesPage }) },
  { path: 'staff', lazy: async () => ({ Component: (await import('./staff/StaffAdminPage.tsx')).StaffAdminPage }) },
  { path: 'api-keys', lazy: async () => ({ Component: (await import('./api-keys/ApiKeysPage.tsx')).ApiKeysPage }) },
  { path: 'reasons', lazy: async () => ({ Component: (await import('./reasons/RejectionReasonsPage.tsx')).RejectionReasonsPage }) },
  { path: 'routing-rules', lazy: async () => ({ Component: (await import('./routing/RoutingRulesPage.tsx')).RoutingRulesPage }) },
  { path: 'boundaries', lazy: async () => ({ Component: (await import('./boundaries/BoundarySetsPage.tsx')).BoundarySetsPage }) },
  { path: 'audit', lazy: async () => ({ Component: (await import('./audit/AuditPage.tsx')).AuditPage }) },
];
