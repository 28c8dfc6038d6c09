/**
 * Types of the Tawasul API, generated from its OpenAPI document by openapi-typescript.
 * Do not edit: run `npm run api:types` after changing a route. test/api/openapi-contract.test.ts
 * fails while this file differs from what the current document generates.
 */
export interface paths {
    "/api/v1/admin/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** API keys, live and revoked (never the secret) */
        get: operations["getAdminApiKeys"];
        put?: never;
        /** Make an API key; the secret is answered this once */
        post: operations["postAdminApiKeys"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/api-keys/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke an API key */
        post: operations["postAdminApiKeysByIdRevoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Changes, newest first: all for the coordinator, your entity's for its administrator */
        get: operations["getAdminAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/boundaries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Boundary sets, newest first */
        get: operations["getAdminBoundaries"];
        put?: never;
        /** Import a boundary set from GeoJSON (all or nothing) */
        post: operations["postAdminBoundaries"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/boundaries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A boundary set and its areas (without geometry) */
        get: operations["getAdminBoundariesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/boundaries/{id}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make a boundary set the one that routes cases */
        post: operations["postAdminBoundariesByIdActivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/calendars": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Working calendars with holidays and overrides */
        get: operations["getAdminCalendars"];
        put?: never;
        /** Create a calendar */
        post: operations["postAdminCalendars"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/calendars/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a calendar */
        patch: operations["patchAdminCalendarsByCode"];
        trace?: never;
    };
    "/api/v1/admin/calendars/{code}/holidays": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add (or rename) a holiday */
        post: operations["postAdminCalendarsByCodeHolidays"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/calendars/{code}/holidays/{date}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a holiday */
        delete: operations["deleteAdminCalendarsByCodeHolidaysByDate"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/calendars/{code}/holidays/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import holidays from an iCalendar (.ics) file sent as text/calendar */
        post: operations["postAdminCalendarsByCodeHolidaysImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/calendars/{code}/overrides": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add dated hours (e.g. Ramadan) */
        post: operations["postAdminCalendarsByCodeOverrides"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/entities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The entities and units you administer, as a tree (depth first) */
        get: operations["getAdminEntities"];
        put?: never;
        /** Add a municipality (coordinator) or a unit */
        post: operations["postAdminEntities"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/entities/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename, activate or deactivate an entity or unit */
        patch: operations["patchAdminEntitiesByCode"];
        trace?: never;
    };
    "/api/v1/admin/notification-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The templates and my entity's wording */
        get: operations["getAdminNotificationTemplates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/notification-templates/{key}/{language}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set my entity's wording of a template */
        put: operations["putAdminNotificationTemplatesByKeyByLanguage"];
        post?: never;
        /** Go back to the default wording */
        delete: operations["deleteAdminNotificationTemplatesByKeyByLanguage"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/notification-templates/{key}/{language}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Render a template (or a draft of it) with sample values */
        post: operations["postAdminNotificationTemplatesByKeyByLanguagePreview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/outbox/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a parked message again */
        post: operations["postAdminOutboxByIdRetry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/outbox/parked": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Messages that could not be delivered */
        get: operations["getAdminOutboxParked"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/rejection-reasons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rejection reasons, inactive ones included */
        get: operations["getAdminRejectionReasons"];
        put?: never;
        /** Add a rejection reason */
        post: operations["postAdminRejectionReasons"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/rejection-reasons/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename, reorder, activate or deactivate a rejection reason */
        patch: operations["patchAdminRejectionReasonsByCode"];
        trace?: never;
    };
    "/api/v1/admin/routing-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Routing rules in order (first match wins) */
        get: operations["getAdminRoutingRules"];
        put?: never;
        /** Add a routing rule */
        post: operations["postAdminRoutingRules"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/routing-rules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a routing rule */
        delete: operations["deleteAdminRoutingRulesById"];
        options?: never;
        head?: never;
        /** Change a routing rule */
        patch: operations["patchAdminRoutingRulesById"];
        trace?: never;
    };
    "/api/v1/admin/routing-rules/order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Reorder the routing rules */
        put: operations["putAdminRoutingRulesOrder"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/routing-rules/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Which rule (or area) a sample point, service, type and time would be routed by */
        post: operations["postAdminRoutingRulesTest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/service-groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Service groups with their service counts */
        get: operations["getAdminServiceGroups"];
        put?: never;
        /** Add a service group (coordinator) */
        post: operations["postAdminServiceGroups"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/service-groups/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename or reorder a service group (coordinator) */
        patch: operations["patchAdminServiceGroupsByCode"];
        trace?: never;
    };
    "/api/v1/admin/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Services you administer, inactive ones included, with questions, routes and SLA policy */
        get: operations["getAdminServices"];
        put?: never;
        /** Add a service; citizens can use it at once */
        post: operations["postAdminServices"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/services/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One service as administrators see it */
        get: operations["getAdminServicesByCode"];
        /** Replace a service definition; questions and routes are replaced together */
        put: operations["putAdminServicesByCode"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change some fields of a service, e.g. {"active": false} */
        patch: operations["patchAdminServicesByCode"];
        trace?: never;
    };
    "/api/v1/admin/services/{code}/sla-policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Assign a policy to a service */
        put: operations["putAdminServicesByCodeSlaPolicy"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/sla-policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** SLA policies with targets and escalation ladders */
        get: operations["getAdminSlaPolicies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/sla-policies/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Create or replace a policy */
        put: operations["putAdminSlaPoliciesByCode"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Staff accounts, filtered; cursor pagination */
        get: operations["getAdminStaff"];
        put?: never;
        /** Add a staff account, with an initial password or an emailed link to set one */
        post: operations["postAdminStaff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/staff/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One staff account */
        get: operations["getAdminStaffById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change name, role, entity, unit, language or state; disabling ends the sessions */
        patch: operations["patchAdminStaffById"];
        trace?: never;
    };
    "/api/v1/admin/staff/{id}/password-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Email the person a link to set a new password */
        post: operations["postAdminStaffByIdPasswordLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/staff/{id}/second-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove the person's second factor (they enrol again if their role requires it); audited */
        delete: operations["deleteAdminStaffByIdSecondFactor"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/suggester": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The suggester's precision per service and auto-choose thresholds */
        get: operations["getAdminSuggester"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/suggester/services/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the confidence at which a service is chosen without a person (relays, Open311 without a service code) */
        put: operations["putAdminSuggesterServicesByCode"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/suggestion-thresholds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Support thresholds of the entities administered */
        get: operations["getAdminSuggestionThresholds"];
        /** Set an entity's support threshold, or one service's: supporters (absolute or per 10,000 residents) and the answer's working minutes */
        put: operations["putAdminSuggestionThresholds"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Integration endpoints (never their secrets) */
        get: operations["getAdminWebhooks"];
        put?: never;
        /** Register an integration endpoint; its secret is answered this once */
        post: operations["postAdminWebhooks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/webhooks/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Disable an endpoint; its undelivered events are cancelled */
        post: operations["postAdminWebhooksByIdDisable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Staff sign-in; an account with a second factor gets a challenge for its code */
        post: operations["signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login/second-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with the code of the password's challenge (a TOTP or a recovery code) */
        post: operations["postAuthLoginSecondFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out (everywhere: every session of this staff member) */
        post: operations["signOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is signed in */
        get: operations["getSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/otp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a one-time sign-in code to a phone or email */
        post: operations["requestSignInCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/otp/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with the code */
        post: operations["signInWithCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Email a password-reset link */
        post: operations["postAuthPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a new password with the link token */
        post: operations["postAuthPasswordResetConfirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/second-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the signed-in account has a second factor, must have one, and its recovery codes left */
        get: operations["getAuthSecondFactor"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/second-factor/enrol": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a TOTP enrolment: a new secret and its otpauth:// URI */
        post: operations["postAuthSecondFactorEnrol"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/second-factor/enrol/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm the enrolment with a first code: ten recovery codes, shown once (and, during sign-in, the session) */
        post: operations["postAuthSecondFactorEnrolConfirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sso/backchannel-logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The identity provider's back-channel logout: a signed logout token ends every session of its subject */
        post: operations["postAuthSsoBackchannelLogout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sso/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The identity provider's answer: signs in and opens the page asked for, or the sign-in page with the reason it was refused */
        get: operations["getAuthSsoCallback"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sso/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out, and for an account of the identity provider answer its sign-out page to open (RP-initiated logout) */
        post: operations["postAuthSsoLogout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sso/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Start a staff sign-in at the identity provider (redirects there) */
        get: operations["getAuthSsoStart"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List cases: staff see their scope, a signed-in citizen their own */
        get: operations["listCases"];
        put?: never;
        /**
         * Submit a case
         * @description JSON body as below; or multipart/form-data with a `case` field holding that JSON and up to 5 image or PDF files.
         */
        post: operations["submitCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{reference}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One case: with its tracking token, as its signed-in citizen, or as staff in scope */
        get: operations["getCase"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{reference}/actions/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** accept (see the transition table in the README) */
        post: operations["caseActionAccept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{reference}/actions/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** assign (see the transition table in the README) */
        post: operations["caseActionAssign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{reference}/actions/change-service": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** change-service (see the transition table in the README) */
        post: operations["caseActionChangeService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{reference}/actions/citizen-reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * citizen-reply (see the transition table in the README)
         * @description JSON body; or multipart/form-data with an `action` field holding that JSON and image or PDF files, checked as at intake.
         */
        post: operations["caseActionCitizenReply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{reference}/actions/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** close (see the transition table in the README) */
        post: operations["caseActionClose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{reference}/actions/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** decline (see the transition table in the README) */
        post: operations["caseActionDecline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{reference}/actions/implement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * implement (see the transition table in the README)
         * @description JSON body; or multipart/form-data with an `action` field holding that JSON and image or PDF files, checked as at intake.
         */
        post: operations["caseActionImplement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{reference}/actions/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** merge (see the transition table in the README) */
        post: operations["caseActionMerge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{reference}/actions/note": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * note (see the transition table in the README)
         * @description JSON body; or multipart/form-data with an `action` field holding that JSON and image or PDF files, checked as at intake.
         */
        post: operations["caseActionNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{reference}/actions/priority": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** priority (see the transition table in the README) */
        post: operations["caseActionPriority"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{reference}/actions/rate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** rate (see the transition table in the README) */
        post: operations["caseActionRate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{reference}/actions/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** reject (see the transition table in the README) */
        post: operations["caseActionReject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{reference}/actions/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** reopen (see the transition table in the README) */
        post: operations["caseActionReopen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{reference}/actions/reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * reply (see the transition table in the README)
         * @description JSON body; or multipart/form-data with an `action` field holding that JSON and image or PDF files, checked as at intake.
         */
        post: operations["caseActionReply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{reference}/actions/request-info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * request-info (see the transition table in the README)
         * @description JSON body; or multipart/form-data with an `action` field holding that JSON and image or PDF files, checked as at intake.
         */
        post: operations["caseActionRequestInfo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{reference}/actions/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * resolve (see the transition table in the README)
         * @description JSON body; or multipart/form-data with an `action` field holding that JSON and image or PDF files, checked as at intake.
         */
        post: operations["caseActionResolve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{reference}/actions/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** start (see the transition table in the README) */
        post: operations["caseActionStart"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{reference}/actions/study": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** study (see the transition table in the README) */
        post: operations["caseActionStudy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{reference}/actions/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** transfer (see the transition table in the README) */
        post: operations["caseActionTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{reference}/attachments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download an attachment of a case (same access as the case) */
        get: operations["getCasesByReferenceAttachmentsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{reference}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The timeline: everything for staff in scope, public events for the citizen */
        get: operations["listCaseEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{reference}/followers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** This is mine too: follow an open case (told of each public step, counted as a supporter). Following twice is once. */
        post: operations["postCasesByReferenceFollowers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{reference}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What was sent to a case's citizen and followers, by channel, and what became of it (relay receipts included) */
        get: operations["getCasesByReferenceMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{reference}/reply-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The reply texts a case may be answered with, filled in for it in the case's language */
        get: operations["getCasesByReferenceReplyTemplates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{reference}/similar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Likely duplicates of a case: staff, among the cases they may reach (merge one with the merge action); its signed-in citizen, the public summary */
        get: operations["getCasesByReferenceSimilar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{reference}/survey": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The satisfaction survey of the case’s latest answer: open until when, or answered (and how) */
        get: operations["getCasesByReferenceSurvey"];
        put?: never;
        /** Answer the satisfaction survey (once, within its days): overall (the case’s rating), speed, confidentiality, simplicity, solved, comment */
        post: operations["postCasesByReferenceSurvey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign, note, change the priority of, transfer or resolve many cases; each is checked, versioned and audited on its own */
        post: operations["postCasesBulk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/entities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Government entities */
        get: operations["listEntities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Export the cases a GET /api/v1/cases query lists: the direct address when small, else a background job (202) */
        post: operations["postExportsCases"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/cases.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The cases a GET /api/v1/cases query lists, as CSV (no personal data; at most TAWASUL_EXPORT_MAX_ROWS, 100,000 by default) */
        get: operations["getExportsCasesCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/cases.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The cases a GET /api/v1/cases query lists, as XLSX (no personal data; at most TAWASUL_EXPORT_MAX_ROWS, 100,000 by default) */
        get: operations["getExportsCasesXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your own background exports, newest first */
        get: operations["getExportsJobs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of your background exports: its state and progress */
        get: operations["getExportsJobsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/jobs/{id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The file of one of your background exports, once done and until it expires */
        get: operations["getExportsJobsByIdFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/kpi/breaches.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The breaches indicator report as CSV (same query as GET /api/v1/kpi/breaches) */
        get: operations["getExportsKpiBreachesCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/kpi/breaches.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The breaches indicator report as XLSX (same query as GET /api/v1/kpi/breaches) */
        get: operations["getExportsKpiBreachesXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/kpi/breakdown.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The breakdown indicator report as CSV (same query as GET /api/v1/kpi/breakdown) */
        get: operations["getExportsKpiBreakdownCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/kpi/breakdown.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The breakdown indicator report as XLSX (same query as GET /api/v1/kpi/breakdown) */
        get: operations["getExportsKpiBreakdownXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/kpi/entities.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The entities indicator report as CSV (same query as GET /api/v1/kpi/entities) */
        get: operations["getExportsKpiEntitiesCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/kpi/entities.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The entities indicator report as XLSX (same query as GET /api/v1/kpi/entities) */
        get: operations["getExportsKpiEntitiesXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/kpi/trends.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The trends indicator report as CSV (same query as GET /api/v1/kpi/trends) */
        get: operations["getExportsKpiTrendsCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/kpi/trends.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The trends indicator report as XLSX (same query as GET /api/v1/kpi/trends) */
        get: operations["getExportsKpiTrendsXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/follower-ratings/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The case a follower was answered by (reference, entity, service, public answer) and whether they may rate it */
        get: operations["getFollowerRatingsByToken"];
        put?: never;
        /** A follower rates the case that answered them, once: 1–5 and an optional comment */
        post: operations["postFollowerRatingsByToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbound/{channel}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A message from a channel relay (WhatsApp, social media, email)
         * @description Signed: `X-Tawasul-Timestamp` (unix seconds, within the tolerance) and `X-Tawasul-Signature: sha256=HEX`, the HMAC-SHA256 of `{timestamp}.{raw body}` with the channel's secret. A message quoting a case reference from that case's contact becomes a citizen reply; anything else a new case in triage.
         */
        post: operations["postInboundByChannel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbox-views": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The built-in inbox views, your own and those shared with your entity */
        get: operations["getInboxViews"];
        put?: never;
        /** Save filters of the case list as a named view */
        post: operations["postInboxViews"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbox-views/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a view */
        delete: operations["deleteInboxViewsById"];
        options?: never;
        head?: never;
        /** Rename a view, change its filters, share it or make it private */
        patch: operations["patchInboxViewsById"];
        trace?: never;
    };
    "/api/v1/inbox-views/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many cases each view holds for you, counted as the case list selects them */
        get: operations["getInboxViewsCounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbox-views/order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Put your own views in this order */
        put: operations["putInboxViewsOrder"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/intake/similar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Already reported? Open cases nearby (or, for suggestions and inquiries, with the same words) likely the same problem. No personal data. */
        get: operations["getIntakeSimilar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/intake/suggest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The services most likely to fit a description */
        post: operations["postIntakeSuggest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kpi/breaches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The services that drive SLA breaches */
        get: operations["getKpiBreaches"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kpi/breakdown": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Indicators grouped by service, type, channel, governorate or unit */
        get: operations["getKpiBreakdown"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kpi/entities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Indicators per entity with composite score, rank, targets and the national figures */
        get: operations["getKpiEntities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kpi/recognition": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The excellence table of a period per entity and per service; weights and the minimum may be tried */
        get: operations["getKpiRecognition"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kpi/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public answers owed for supported suggestions, per entity and service: due, on time, late, overdue, pending */
        get: operations["getKpiSuggestions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kpi/survey": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Satisfaction survey per entity, service and month of the answer: response rate, mean per dimension, share solved */
        get: operations["getKpiSurvey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kpi/trends": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Indicators week by week or month by month */
        get: operations["getKpiTrends"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My notification preferences */
        get: operations["getMeNotifications"];
        /** Set my notification preferences: a citizen {sms, email}, staff {delivery} */
        put: operations["putMeNotifications"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/moderation/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Requests to publish suggestions, of the entities in scope (default: pending) */
        get: operations["getModerationSuggestions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/moderation/suggestions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One request to publish: the citizen's words beside the public copy */
        get: operations["getModerationSuggestionsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/moderation/suggestions/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish with the public text given (personal details edited out; the change is audited without the removed words) */
        post: operations["postModerationSuggestionsByIdPublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/moderation/suggestions/{id}/refuse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refuse to publish: the suggestion stays a private case */
        post: operations["postModerationSuggestionsByIdRefuse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/practice/adoptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Adoptions of the entities in reach */
        get: operations["getPracticeAdoptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/practice/adoptions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Did it work: figures before and after the adoption, beside the source */
        get: operations["getPracticeAdoptionsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/practice/benchmarks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per service, each entity's figures beside the best entity's */
        get: operations["getPracticeBenchmarks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/practice/cards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Practice cards of the entities in reach */
        get: operations["getPracticeCards"];
        put?: never;
        /** Write a practice card */
        post: operations["postPracticeCards"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/practice/cards/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One practice card */
        get: operations["getPracticeCardsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a practice card */
        patch: operations["patchPracticeCardsById"];
        trace?: never;
    };
    "/api/v1/practice/cards/{id}/adopt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Adopt a recommended card into the entity's own configuration */
        post: operations["postPracticeCardsByIdAdopt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/practice/cards/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Recommend a card to entities (the ministry) */
        post: operations["postPracticeCardsByIdPublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/practice/configuration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An entity's policy in force and reply texts for a service */
        get: operations["getPracticeConfiguration"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/practice/recommendations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cards the ministry recommended to the actor's entity */
        get: operations["getPracticeRecommendations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/map": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where cases come from: counts per 0.01° grid cell (small cells left out) */
        get: operations["getPublicMap"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/recognition": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The published excellence table, with the figures that earned each place; no personal data */
        get: operations["getPublicRecognition"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per entity and service, month by month: counts, compliance, satisfaction. No personal data. */
        get: operations["getPublicStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/stats.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open data: one row per month, entity and service (UTF-8 CSV with BOM; columns in the README) */
        get: operations["getPublicStatsCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/stats.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open data as JSON: the same rows as the CSV, with the schema */
        get: operations["getPublicStatsJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The public board: published suggestions (reviewed text, no personal data), filtered and searched, paged */
        get: operations["getPublicSuggestions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/suggestions.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open data: one row per published suggestion (UTF-8 CSV with BOM; no personal data, no case reference) */
        get: operations["getPublicSuggestionsCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/suggestions.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open data as JSON: the same rows as the CSV, with the schema */
        get: operations["getPublicSuggestionsJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/suggestions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One published suggestion with its support count, threshold and the entity's structured answer */
        get: operations["getPublicSuggestionsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/suggestions/{id}/support": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Support a published suggestion (a citizen signed in with a one-time code; once). The supporter follows its progress. */
        post: operations["postPublicSuggestionsByIdSupport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/survey": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Satisfaction survey per entity and month: response rate, mean per dimension, share solved. Counts only: no comments, no personal data. */
        get: operations["getPublicSurvey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rejection-reasons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reasons a case may be rejected with */
        get: operations["getRejectionReasons"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/relays/{channel}/receipts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A delivery receipt from a relay: a message Tawasul sent was delivered, read or failed
         * @description Signed as relay messages are (`X-Tawasul-Timestamp`, `X-Tawasul-Signature`); each `receiptId` is taken once.
         */
        post: operations["postRelaysByChannelReceipts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reply-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The entity's reply texts and the national ones shared with it, with their use */
        get: operations["getReplyTemplates"];
        put?: never;
        /** Add a reply text (at the root entity: a national one) */
        post: operations["postReplyTemplates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reply-templates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change one of the entity's reply texts */
        patch: operations["patchReplyTemplatesById"];
        trace?: never;
    };
    "/api/v1/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List or search the service catalogue */
        get: operations["listServices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/services/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One service with its extra questions */
        get: operations["getService"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Active staff of your entity and its units (assignable ones: officers and supervisors) */
        get: operations["getStaff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prometheus figures: counts and durations only, no personal data
         * @description With the bearer token, or with none from an allowed network (`TAWASUL_METRICS_ALLOW`).
         */
        get: operations["getMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/discovery.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Discovery (json) */
        get: operations["getOpen311DiscoveryJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/discovery.xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Discovery (xml) */
        get: operations["getOpen311DiscoveryXml"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/requests.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search service requests (json) */
        get: operations["getOpen311RequestsJson"];
        put?: never;
        /** Submit a service request (json), form-encoded */
        post: operations["postOpen311RequestsJson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/requests.xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search service requests (xml) */
        get: operations["getOpen311RequestsXml"];
        put?: never;
        /** Submit a service request (xml), form-encoded */
        post: operations["postOpen311RequestsXml"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/requests/{id}.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One service request (json) */
        get: operations["getOpen311RequestsByIdJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/requests/{id}.xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One service request (xml) */
        get: operations["getOpen311RequestsByIdXml"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/servicerequestupdates.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public status changes and replies (json) */
        get: operations["getOpen311ServicerequestupdatesJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/servicerequestupdates.xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public status changes and replies (xml) */
        get: operations["getOpen311ServicerequestupdatesXml"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/services.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Service list (json) */
        get: operations["getOpen311ServicesJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/services.xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Service list (xml) */
        get: operations["getOpen311ServicesXml"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/services/{code}.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Service definition (json) */
        get: operations["getOpen311ServicesByCodeJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/services/{code}.xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Service definition (xml) */
        get: operations["getOpen311ServicesByCodeXml"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/tokens/{token}.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Service request id of a token (json) */
        get: operations["getOpen311TokensByTokenJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/tokens/{token}.xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Service request id of a token (xml) */
        get: operations["getOpen311TokensByTokenXml"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    caseCreated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Case created
         * @description A case was received (`event: case.created`).
         */
        post: operations["webhookCasecreated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    caseResolved: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Case resolved
         * @description A case was resolved (`event: case.resolved`).
         */
        post: operations["webhookCaseresolved"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    caseStatusChanged: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Case status changed
         * @description A case moved to another status (`event: case.status_changed`).
         */
        post: operations["webhookCasestatuschanged"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    relayMessage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Relay message
         * @description An answer to a case that came through a relay, posted to that relay's outbound URL.
         */
        post: operations["webhookRelaymessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /** @description One integration event (relay-out/webhook.transport.ts, notify/case-notices.ts). No names, contacts, addresses or texts: the reference, where the case is and its times. */
        CaseEvent: {
            /** Format: date-time */
            createdAt: string;
            /** @description Code of the entity holding the case */
            entity: string;
            /** @enum {string} */
            event: "case.created" | "case.status_changed" | "case.resolved";
            /** @description The outbox message id, also sent as `Idempotency-Key`: the same on every retry of one event. */
            id: string;
            /** Format: date-time */
            occurredAt: string;
            /** @description case.status_changed and case.resolved: the status before */
            previousStatus?: string;
            /** @description Case reference, e.g. 26-0000042-5 */
            reference: string;
            /** @description Code of the service */
            service: string;
            /** @description The status after the event */
            status: string;
            /** @enum {string} */
            type: "complaint" | "suggestion" | "inquiry" | "compliment";
        };
        CaseListPage: {
            items: {
                assignee: {
                    id: number;
                    name: string;
                } | null;
                /** @enum {string} */
                channel: "web" | "mobile" | "hotline" | "email" | "whatsapp" | "social" | "open311" | "walk_in";
                createdAt: string;
                entity: components["schemas"]["EntityRef"];
                excerpt: string;
                governorate: ("capital" | "muharraq" | "northern" | "southern") | null;
                /** @enum {string} */
                priority: "low" | "normal" | "high" | "urgent";
                reference: string;
                resolutionDueAt: string | null;
                service: {
                    code: string;
                    name: {
                        ar: string;
                        en: string;
                    };
                };
                slaState: string | null;
                /** @enum {string} */
                status: "new" | "assigned" | "in_progress" | "awaiting_citizen" | "resolved" | "closed" | "rejected" | "merged" | "under_study" | "accepted" | "implemented" | "declined";
                title: string | null;
                /** @enum {string} */
                type: "complaint" | "suggestion" | "inquiry" | "compliment";
                updatedAt: string;
                /** @description The version an action on the case from the list (bulk work) is based on */
                version: number;
            }[];
            nextCursor: string | null;
        };
        CaseReceipt: {
            /** @description ISO 8601 */
            createdAt: string;
            /** @description The entity that received the case */
            entity: components["schemas"]["EntityRef"];
            /** @description When to expect the first answer and the resolution */
            expect?: {
                /** @description ISO 8601: the first answer is due by then (working time on the entity's calendar); null once answered, closed or without a target */
                firstAnswerBy: string | null;
                /** @description Set while the clock is paused; the due dates then move later by the working time it stays paused */
                paused: {
                    /**
                     * @description The status that stops the clock, e.g. awaiting_citizen (waiting for the citizen's information)
                     * @enum {string}
                     */
                    reason: "new" | "assigned" | "in_progress" | "awaiting_citizen" | "resolved" | "closed" | "rejected" | "merged" | "under_study" | "accepted" | "implemented" | "declined";
                    /** @description ISO 8601: when the clock stopped */
                    since: string;
                } | null;
                /** @description ISO 8601: the resolution is due by then; null once resolved, closed or without a target */
                resolutionBy: string | null;
                /** @description The time zone in which the due dates are promised as days */
                timeZone: string;
            };
            /** @description Case reference, e.g. 26-0000042-5 */
            reference: string;
            /** @enum {string} */
            status: "new" | "assigned" | "in_progress" | "awaiting_citizen" | "resolved" | "closed" | "rejected" | "merged" | "under_study" | "accepted" | "implemented" | "declined";
            /** @description A short code (6 letters and digits, no 0/O/1/I) that, with the reference, opens the tracking page; read over the phone */
            trackingCode?: string;
            /** @description Secret that, with the reference, lets the submitter follow the case */
            trackingToken: string;
            /** @description A link to the case's tracking page */
            trackingUrl: string;
        };
        CaseSubmissionInput: {
            /** @description Send without contact details, where the service allows it */
            anonymous?: boolean;
            /** @description Answers to the service's extra questions, by code */
            attributes?: {
                [key: string]: string | number | boolean | string[];
            };
            /**
             * @description Where the case came in; default web (hotline for an agent). Only staff may say hotline or walk_in, only a signed relay or an API key the others: anyone else gets 400 channel_not_allowed
             * @enum {string}
             */
            channel?: "web" | "mobile" | "hotline" | "email" | "whatsapp" | "social" | "open311" | "walk_in";
            /** @description How to reach the submitter; required unless anonymous */
            contact?: {
                /** @description Email address */
                email?: string;
                /** @description Full name */
                name?: string;
                /** @description National ID (CPR) number */
                nationalId?: string;
                /** @description Phone; local numbers get the default country code; Arabic digits accepted */
                phone?: string;
            };
            /** @description What happened, or the suggestion; 1–4000 characters */
            description: string;
            /**
             * @description Language for replies and notifications; default ar
             * @enum {string}
             */
            language?: "ar" | "en";
            location?: {
                /** @description Free-text address or landmark */
                address?: string;
                /** @description Area or neighbourhood name */
                area?: string;
                /** @description Block number */
                block?: string;
                /** @description Building number */
                building?: string;
                /** @description The citizen confirmed the point after `location_needs_confirmation` (outside every area or near a boundary): the case goes to triage */
                confirmed?: boolean;
                /**
                 * @description Governorate code; routes the case to its municipality
                 * @enum {string}
                 */
                governorate?: "capital" | "muharraq" | "northern" | "southern";
                /** @description Latitude, WGS 84 */
                lat?: number | string;
                /** @description Longitude, WGS 84 */
                lng?: number | string;
                /** @description Road number */
                road?: string;
            };
            /**
             * @description Staff only (a hotline agent): the priority the case starts with; default the service's
             * @enum {string}
             */
            priority?: "low" | "normal" | "high" | "urgent";
            /** @description A suggestion only: ask that its text be shown on the public board, after staff review it (no name or contact is ever shown) */
            public?: boolean;
            /** @description Catalogue service code */
            serviceCode: string;
            /** @description Short title */
            title?: string;
            /**
             * @description complaint, suggestion, inquiry or compliment
             * @enum {string}
             */
            type: "complaint" | "suggestion" | "inquiry" | "compliment";
        };
        CitizenCase: {
            allowedActions: string[];
            attachments: {
                /** @description The timeline event that carried the file (the submission, a reply, a note…) */
                eventId: number | null;
                fileName: string | null;
                id: number;
                mediaType: string;
                sizeBytes: number;
                /** @description Download path (send the same credentials) */
                url: string;
            }[];
            attributes: {
                [key: string]: unknown;
            };
            /** @enum {string} */
            channel: "web" | "mobile" | "hotline" | "email" | "whatsapp" | "social" | "open311" | "walk_in";
            closedAt: string | null;
            createdAt: string;
            description: string;
            entity: components["schemas"]["EntityRef"];
            /** @description When to expect the first answer and the resolution, and whether the clock is paused */
            expect: {
                /** @description ISO 8601: the first answer is due by then (working time on the entity's calendar); null once answered, closed or without a target */
                firstAnswerBy: string | null;
                /** @description Set while the clock is paused; the due dates then move later by the working time it stays paused */
                paused: {
                    /**
                     * @description The status that stops the clock, e.g. awaiting_citizen (waiting for the citizen's information)
                     * @enum {string}
                     */
                    reason: "new" | "assigned" | "in_progress" | "awaiting_citizen" | "resolved" | "closed" | "rejected" | "merged" | "under_study" | "accepted" | "implemented" | "declined";
                    /** @description ISO 8601: when the clock stopped */
                    since: string;
                } | null;
                /** @description ISO 8601: the resolution is due by then; null once resolved, closed or without a target */
                resolutionBy: string | null;
                /** @description The time zone in which the due dates are promised as days */
                timeZone: string;
            };
            /** @enum {string} */
            language: "ar" | "en";
            location: {
                address: string | null;
                area: string | null;
                block: string | null;
                building: string | null;
                governorate: ("capital" | "muharraq" | "northern" | "southern") | null;
                lat: number | null;
                lng: number | null;
                road: string | null;
            } | null;
            /** @description Reference of the case this one was merged into */
            mergedInto: string | null;
            plan: {
                acceptedAt: string;
                /** @description The planned action */
                action: string;
                /** @enum {string} */
                costBand: "none" | "low" | "medium" | "high";
                implementedAt: string | null;
                /** @description What was done */
                outcome: string | null;
                /** @description Not implemented and past its target date */
                overdue: boolean;
                /** @description Who carries it out */
                ownerUnit: components["schemas"]["EntityRef"];
                /** @description Local date, YYYY-MM-DD: the milestone once accepted */
                targetDate: string;
            } | null;
            /** @enum {string} */
            priority: "low" | "normal" | "high" | "urgent";
            rating: number | null;
            reference: string;
            resolvedAt: string | null;
            service: {
                code: string;
                name: {
                    ar: string;
                    en: string;
                };
            };
            /** @enum {string} */
            status: "new" | "assigned" | "in_progress" | "awaiting_citizen" | "resolved" | "closed" | "rejected" | "merged" | "under_study" | "accepted" | "implemented" | "declined";
            /** @description Public events only, oldest first */
            timeline: {
                at: string;
                body: string | null;
                /** @enum {string} */
                by: "citizen" | "entity" | "system";
                id: number;
                /** @enum {string} */
                kind: "created" | "assigned" | "status_changed" | "public_reply" | "internal_note" | "info_requested" | "citizen_replied" | "transferred" | "escalated" | "sla_warning" | "rated" | "reopened" | "merged" | "attachment_added" | "sla_paused" | "sla_resumed" | "sla_breached" | "sla_met" | "service_changed" | "priority_changed";
            }[];
            title: string | null;
            /** @enum {string} */
            type: "complaint" | "suggestion" | "inquiry" | "compliment";
            updatedAt: string;
            version: number;
        };
        EntityRef: {
            /** @description Entity code, e.g. capital */
            code: string;
            /** @description Entity name in Arabic and English */
            name: {
                ar: string;
                en: string;
            };
        };
        FieldError: {
            /** @description Why, e.g. `required`, `too_big`, `unrecognized_key` */
            code: string;
            message: string;
            /** @description Dotted path of the field, e.g. `location.lat` */
            path: string;
        };
        MovedCase: {
            allowedActions: string[];
            entity: components["schemas"]["EntityRef"];
            reference: string;
            /** @enum {string} */
            status: "new" | "assigned" | "in_progress" | "awaiting_citizen" | "resolved" | "closed" | "rejected" | "merged" | "under_study" | "accepted" | "implemented" | "declined";
            version: number;
        };
        /** @description Open311 errors: one entry per problem (XML: `<errors><error>…</error></errors>`). */
        Open311Errors: {
            /** @description The HTTP status */
            code: number;
            description: string;
        }[];
        /** @description RFC 9457 problem details; never a stack trace. */
        Problem: {
            /** @description Stable snake_case code; clients translate by it */
            code: string;
            /** @description What went wrong this time, in words */
            detail?: string;
            /** @description For a validation failure: each field and why */
            errors?: components["schemas"]["FieldError"][];
            instance?: string;
            /** @description The HTTP status */
            status: number;
            /** @description Short, the same for every problem of this status */
            title: string;
            /** @description A URI naming the kind of problem */
            type: string;
        };
        /** @description A public answer (a reply, a request for information, a resolution) sent back to the relay conversation a case came from, in the citizen's language (relay-out/relay.transport.ts). */
        RelayMessage: {
            /** @description The relay channel (whatsapp, social, email) */
            channel: string;
            /** @description The conversation or sender id the relay gave when the case came in. */
            conversationId: string;
            /** @enum {string} */
            language: "ar" | "en";
            /** @description The outbox message id; delivery receipts name it, and it is the `Idempotency-Key`. */
            messageId: string;
            /** @description Case reference */
            reference: string | null;
            /** @description The answer as plain text */
            text: string;
        };
        StaffCase: {
            /** @description Actions you may take now */
            allowedActions: string[];
            anonymous: boolean;
            assignee: {
                id: number;
                name: string;
            } | null;
            attachments: {
                /** @description The timeline event that carried the file (the submission, a reply, a note…) */
                eventId: number | null;
                fileName: string | null;
                id: number;
                mediaType: string;
                sizeBytes: number;
                /** @description Download path (send the same credentials) */
                url: string;
            }[];
            attributes: {
                [key: string]: unknown;
            };
            /** @enum {string} */
            channel: "web" | "mobile" | "hotline" | "email" | "whatsapp" | "social" | "open311" | "walk_in";
            closedAt: string | null;
            /** @description Only for staff of the entity holding the case; null otherwise or when anonymous */
            contact: {
                email: string | null;
                name: string | null;
                nationalId: string | null;
                phone: string | null;
            } | null;
            createdAt: string;
            description: string;
            duplicateOf: string | null;
            entity: components["schemas"]["EntityRef"];
            escalationLevel: number;
            firstRespondedAt: string | null;
            firstResponseDueAt: string | null;
            /** @enum {string} */
            language: "ar" | "en";
            location: {
                address: string | null;
                area: string | null;
                block: string | null;
                building: string | null;
                governorate: ("capital" | "muharraq" | "northern" | "southern") | null;
                lat: number | null;
                lng: number | null;
                road: string | null;
            } | null;
            plan: {
                acceptedAt: string;
                /** @description The planned action */
                action: string;
                /** @enum {string} */
                costBand: "none" | "low" | "medium" | "high";
                implementedAt: string | null;
                /** @description What was done */
                outcome: string | null;
                /** @description Not implemented and past its target date */
                overdue: boolean;
                /** @description Who carries it out */
                ownerUnit: components["schemas"]["EntityRef"];
                /** @description Local date, YYYY-MM-DD: the milestone once accepted */
                targetDate: string;
            } | null;
            /** @enum {string} */
            priority: "low" | "normal" | "high" | "urgent";
            rating: number | null;
            ratingComment: string | null;
            reference: string;
            reopenCount: number;
            /** @description People who reported it: its citizen and its followers ("mine too", merged cases) */
            reportedBy: number;
            resolutionDueAt: string | null;
            resolvedAt: string | null;
            service: {
                code: string;
                name: {
                    ar: string;
                    en: string;
                };
            };
            /** @description Working minutes the clock has been paused */
            slaPausedMinutes: number;
            /** @description Share of the resolution target used, in working time */
            slaPercentUsed: number | null;
            /** @description on_track, at_risk, breached, paused or met */
            slaState: ("on_track" | "at_risk" | "breached" | "paused" | "met") | null;
            /** @enum {string} */
            status: "new" | "assigned" | "in_progress" | "awaiting_citizen" | "resolved" | "closed" | "rejected" | "merged" | "under_study" | "accepted" | "implemented" | "declined";
            timeline: {
                actor: {
                    name: string | null;
                    /** @enum {string} */
                    type: "citizen" | "staff" | "system" | "api_client";
                };
                at: string;
                body: string | null;
                data: {
                    [key: string]: unknown;
                };
                id: number;
                /** @enum {string} */
                kind: "created" | "assigned" | "status_changed" | "public_reply" | "internal_note" | "info_requested" | "citizen_replied" | "transferred" | "escalated" | "sla_warning" | "rated" | "reopened" | "merged" | "attachment_added" | "sla_paused" | "sla_resumed" | "sla_breached" | "sla_met" | "service_changed" | "priority_changed";
                /** @enum {string} */
                visibility: "public" | "internal";
            }[];
            title: string | null;
            transferCount: number;
            /** @enum {string} */
            type: "complaint" | "suggestion" | "inquiry" | "compliment";
            updatedAt: string;
            version: number;
        };
    };
    responses: {
        /** @description The request is malformed or a field is invalid (`errors[]` names each field). */
        Open311Error400: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Open311Errors"];
                "text/xml": string;
            };
        };
        /** @description Signed in but not allowed, or a write without the session's X-CSRF-Token. */
        Open311Error403: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Open311Errors"];
                "text/xml": string;
            };
        };
        /** @description Not found, or out of the caller's reach (a case of another entity looks the same as none). */
        Open311Error404: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Open311Errors"];
                "text/xml": string;
            };
        };
        /** @description Too many requests; wait as Retry-After says. */
        Open311Error429: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Open311Errors"];
                "text/xml": string;
            };
        };
        /** @description Something went wrong on the server; nothing to fix in the request. */
        Open311Error500: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Open311Errors"];
                "text/xml": string;
            };
        };
        /** @description The database is not reachable or did not answer in time; retry after Retry-After. */
        Open311Error503: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Open311Errors"];
                "text/xml": string;
            };
        };
        /** @description The request is malformed or a field is invalid (`errors[]` names each field). Codes: `validation_failed`, `malformed_json`, `invalid_encoding`, `idempotency_key_invalid`, `invalid_token`, `channel_not_allowed`. */
        Problem400: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {unknown} */
                    code?: "validation_failed" | "malformed_json" | "invalid_encoding" | "idempotency_key_invalid" | "invalid_token" | "channel_not_allowed";
                    /** @constant */
                    status?: 400;
                };
            };
        };
        /** @description Not signed in, or the credentials are wrong. Codes: `unauthenticated`, `invalid_credentials`, `invalid_code`. */
        Problem401: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {unknown} */
                    code?: "unauthenticated" | "invalid_credentials" | "invalid_code";
                    /** @constant */
                    status?: 401;
                };
            };
        };
        /** @description Signed in but not allowed, or a write without the session's X-CSRF-Token. Codes: `forbidden`, `csrf_failed`, `action_forbidden`. */
        Problem403: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {unknown} */
                    code?: "forbidden" | "csrf_failed" | "action_forbidden";
                    /** @constant */
                    status?: 403;
                };
            };
        };
        /** @description Not found, or out of the caller's reach (a case of another entity looks the same as none). Codes: `not_found`, `case_not_found`, `service_not_found`, `route_not_found`. */
        Problem404: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {unknown} */
                    code?: "not_found" | "case_not_found" | "service_not_found" | "route_not_found";
                    /** @constant */
                    status?: 404;
                };
            };
        };
        /** @description The case changed since it was read (send its current version), or the step is not possible in its state. Codes: `version_conflict`, `action_not_allowed`, `reopen_window_closed`, `already_rated`, `survey_answered`, `survey_expired`, `survey_not_open`, `idempotency_key_reused`, `validation_failed`. */
        Problem409: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {unknown} */
                    code?: "version_conflict" | "action_not_allowed" | "reopen_window_closed" | "already_rated" | "survey_answered" | "survey_expired" | "survey_not_open" | "idempotency_key_reused" | "validation_failed";
                    /** @constant */
                    status?: 409;
                };
            };
        };
        /** @description The body or a file is too large, or too many files. Codes: `payload_too_large`, `attachment_too_large`, `too_many_attachments`. */
        Problem413: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {unknown} */
                    code?: "payload_too_large" | "attachment_too_large" | "too_many_attachments";
                    /** @constant */
                    status?: 413;
                };
            };
        };
        /** @description The body's content type, or a file's type, is not accepted. Codes: `unsupported_media_type`, `attachment_type_not_allowed`. */
        Problem415: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {unknown} */
                    code?: "unsupported_media_type" | "attachment_type_not_allowed";
                    /** @constant */
                    status?: 415;
                };
            };
        };
        /** @description Well formed, but the service's rules refuse it. Codes: `validation_failed`, `type_not_allowed`, `anonymous_not_allowed`, `contact_required`, `location_out_of_bounds`, `location_needs_confirmation`, `service_inactive`, `idempotency_key_reused`. */
        Problem422: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {unknown} */
                    code?: "validation_failed" | "type_not_allowed" | "anonymous_not_allowed" | "contact_required" | "location_out_of_bounds" | "location_needs_confirmation" | "service_inactive" | "idempotency_key_reused";
                    /** @constant */
                    status?: 422;
                };
            };
        };
        /** @description A change to a case needs the version the client saw (If-Match or `version`). Codes: `version_required`. */
        Problem428: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {unknown} */
                    code?: "version_required";
                    /** @constant */
                    status?: 428;
                };
            };
        };
        /** @description Too many requests; wait as Retry-After says. Codes: `rate_limited`, `account_locked`. */
        Problem429: {
            headers: {
                /** @description Seconds to wait */
                "Retry-After"?: string;
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {unknown} */
                    code?: "rate_limited" | "account_locked";
                    /** @constant */
                    status?: 429;
                };
            };
        };
        /** @description Something went wrong on the server; nothing to fix in the request. Codes: `internal_error`. */
        Problem500: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {unknown} */
                    code?: "internal_error";
                    /** @constant */
                    status?: 500;
                };
            };
        };
        /** @description The database is not reachable or did not answer in time; retry after Retry-After. Codes: `service_unavailable`. */
        Problem503: {
            headers: {
                /** @description Seconds to wait */
                "Retry-After"?: string;
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {unknown} */
                    code?: "service_unavailable";
                    /** @constant */
                    status?: 503;
                };
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getAdminApiKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @enum {string} */
                            channel: "web" | "mobile" | "hotline" | "email" | "whatsapp" | "social" | "open311" | "walk_in";
                            /** @description ISO 8601 time */
                            createdAt: string;
                            entity: string | null;
                            id: number;
                            lastUsedAt: string | null;
                            name: string;
                            /** @description The first characters of the key, to tell keys apart */
                            prefix: string;
                            revokedAt: string | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    postAdminApiKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Channel its cases carry; default open311
                     * @enum {string}
                     */
                    channel?: "web" | "mobile" | "hotline" | "email" | "whatsapp" | "social" | "open311" | "walk_in";
                    /** @description The entity the client belongs to */
                    entity?: string;
                    /** @description A name to recognise the client by; unique among live keys */
                    name: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        apiKey: {
                            /** @enum {string} */
                            channel: "web" | "mobile" | "hotline" | "email" | "whatsapp" | "social" | "open311" | "walk_in";
                            /** @description ISO 8601 time */
                            createdAt: string;
                            entity: string | null;
                            id: number;
                            lastUsedAt: string | null;
                            name: string;
                            /** @description The first characters of the key, to tell keys apart */
                            prefix: string;
                            revokedAt: string | null;
                        };
                        /** @description The secret: shown this once, stored only hashed */
                        key: string;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    postAdminApiKeysByIdRevoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        channel: "web" | "mobile" | "hotline" | "email" | "whatsapp" | "social" | "open311" | "walk_in";
                        /** @description ISO 8601 time */
                        createdAt: string;
                        entity: string | null;
                        id: number;
                        lastUsedAt: string | null;
                        name: string;
                        /** @description The first characters of the key, to tell keys apart */
                        prefix: string;
                        revokedAt: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getAdminAudit: {
        parameters: {
            query?: {
                /** @description Action or its prefix, e.g. staff. or service.create */
                action?: string;
                /** @description Staff id or email of who made the change */
                actor?: string;
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @description Changes about this entity (and its units) */
                entity?: string;
                /** @description From this time (a date means its start, UTC) */
                from?: string;
                limit?: number;
                targetId?: string;
                /** @description e.g. staff_user, service, entity */
                targetType?: string;
                /** @description Before this time (a date means the start of the next day, UTC) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Newest first */
                        items: {
                            action: string;
                            /** @description The staff member, when a person made the change */
                            actor: {
                                email: string;
                                id: number;
                                name: string;
                            } | null;
                            /** @description Who, when not a signed-in person (e.g. the command line) */
                            actorLabel: string | null;
                            after: unknown;
                            /** @description ISO 8601 time */
                            at: string;
                            before: unknown;
                            /** @description Code of the entity the change concerns */
                            entity: string | null;
                            id: number;
                            targetId: string | null;
                            targetType: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getAdminBoundaries: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            active: boolean;
                            areaCount: number;
                            description: string | null;
                            id: number;
                            importedAt: string;
                            licence: string;
                            name: string;
                            source: string;
                            version: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    postAdminBoundaries: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Make this set the one that routes cases (default true)
                     * @default true
                     */
                    activate?: boolean;
                    /** @description What the set is, how exact, for what use */
                    description?: string;
                    /** @description A GeoJSON FeatureCollection: each feature a Polygon or MultiPolygon with properties layer, code, name_ar, name_en and optionally governorate */
                    geojson: unknown;
                    /** @description Licence under which they may be used */
                    licence: string;
                    /** @description Name of the set; importing the same name again makes its next version */
                    name: string;
                    /** @description Where the polygons come from */
                    source: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        areaCount: number;
                        description: string | null;
                        id: number;
                        importedAt: string;
                        licence: string;
                        name: string;
                        source: string;
                        version: number;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getAdminBoundariesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        areaCount: number;
                        areas: {
                            code: string;
                            governorate: ("capital" | "muharraq" | "northern" | "southern") | null;
                            layer: string;
                            name: {
                                ar: string;
                                en: string;
                            };
                        }[];
                        description: string | null;
                        id: number;
                        importedAt: string;
                        licence: string;
                        name: string;
                        source: string;
                        version: number;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    postAdminBoundariesByIdActivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        areaCount: number;
                        description: string | null;
                        id: number;
                        importedAt: string;
                        licence: string;
                        name: string;
                        source: string;
                        version: number;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getAdminCalendars: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    postAdminCalendars: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    name: {
                        ar: string;
                        en: string;
                    };
                    timeZone: string;
                    /** @description Seven days, Sunday first; each a list of {start, end} minutes of the local day */
                    week: {
                        end: number;
                        start: number;
                    }[][];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    patchAdminCalendarsByCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: {
                        ar: string;
                        en: string;
                    };
                    timeZone?: string;
                    /** @description Seven days, Sunday first; each a list of {start, end} minutes of the local day */
                    week?: {
                        end: number;
                        start: number;
                    }[][];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    postAdminCalendarsByCodeHolidays: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    date: string;
                    lunar?: boolean;
                    name: {
                        ar: string;
                        en: string;
                    };
                    /** @description Absent: the whole day is off; else the hours that are off */
                    offIntervals?: {
                        end: number;
                        start: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    deleteAdminCalendarsByCodeHolidaysByDate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
                date: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    postAdminCalendarsByCodeHolidaysImport: {
        parameters: {
            query?: {
                lunar?: "true" | "false";
            };
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": string;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    postAdminCalendarsByCodeOverrides: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    from: string;
                    name: {
                        ar: string;
                        en: string;
                    };
                    /** Format: date */
                    to: string;
                    /** @description Seven days, Sunday first; each a list of {start, end} minutes of the local day */
                    week: {
                        end: number;
                        start: number;
                    }[][];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getAdminEntities: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Depth first: each entity follows its parent */
                        items: {
                            active: boolean;
                            code: string;
                            /** @description 0 at the root, 1 for its children, … */
                            depth: number;
                            governorate: ("capital" | "muharraq" | "northern" | "southern") | null;
                            id: number;
                            /** @enum {string} */
                            kind: "ministry" | "municipality" | "unit";
                            name: {
                                ar: string;
                                en: string;
                            };
                            /** @description Code of the parent entity; null at the root */
                            parent: string | null;
                            /** @description Residents the entity serves; null: not set */
                            population: number | null;
                            /** @description Active staff whose entity or unit this is */
                            staffCount: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    postAdminEntities: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Unique ASCII code */
                    code: string;
                    /** @description The governorate an entity serves */
                    governorate?: ("capital" | "muharraq" | "northern" | "southern") | null;
                    /**
                     * @description A municipality under the ministry, or a unit (department) of an entity
                     * @enum {string}
                     */
                    kind: "municipality" | "unit";
                    name: {
                        ar: string;
                        en: string;
                    };
                    /** @description Code of the parent entity */
                    parent: string;
                    /** @description Residents the entity serves (figures per 10,000 residents); Arabic-Indic digits accepted; null clears it */
                    population?: (number | string) | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        code: string;
                        /** @description 0 at the root, 1 for its children, … */
                        depth: number;
                        governorate: ("capital" | "muharraq" | "northern" | "southern") | null;
                        id: number;
                        /** @enum {string} */
                        kind: "ministry" | "municipality" | "unit";
                        name: {
                            ar: string;
                            en: string;
                        };
                        /** @description Code of the parent entity; null at the root */
                        parent: string | null;
                        /** @description Residents the entity serves; null: not set */
                        population: number | null;
                        /** @description Active staff whose entity or unit this is */
                        staffCount: number;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    patchAdminEntitiesByCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description false: hidden from the catalogue and from new assignments */
                    active?: boolean;
                    governorate?: ("capital" | "muharraq" | "northern" | "southern") | null;
                    name?: {
                        ar: string;
                        en: string;
                    };
                    /** @description Residents the entity serves (figures per 10,000 residents); Arabic-Indic digits accepted; null clears it */
                    population?: (number | string) | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        code: string;
                        /** @description 0 at the root, 1 for its children, … */
                        depth: number;
                        governorate: ("capital" | "muharraq" | "northern" | "southern") | null;
                        id: number;
                        /** @enum {string} */
                        kind: "ministry" | "municipality" | "unit";
                        name: {
                            ar: string;
                            en: string;
                        };
                        /** @description Code of the parent entity; null at the root */
                        parent: string | null;
                        /** @description Residents the entity serves; null: not set */
                        population: number | null;
                        /** @description Active staff whose entity or unit this is */
                        staffCount: number;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getAdminNotificationTemplates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            audience: string;
                            key: string;
                            /** @description Placeholders the texts may use */
                            params: string[];
                            texts: {
                                ar: {
                                    default: {
                                        body: string;
                                        sms: string;
                                        subject: string;
                                    };
                                    override: {
                                        body: string;
                                        sms: string;
                                        subject: string;
                                    } | null;
                                    updatedAt: string | null;
                                };
                                en: {
                                    default: {
                                        body: string;
                                        sms: string;
                                        subject: string;
                                    };
                                    override: {
                                        body: string;
                                        sms: string;
                                        subject: string;
                                    } | null;
                                    updatedAt: string | null;
                                };
                            } & {
                                [key: string]: {
                                    default: {
                                        body: string;
                                        sms: string;
                                        subject: string;
                                    };
                                    override: {
                                        body: string;
                                        sms: string;
                                        subject: string;
                                    } | null;
                                    updatedAt: string | null;
                                };
                            };
                        }[];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    putAdminNotificationTemplatesByKeyByLanguage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Template key, e.g. case_acknowledged */
                key: string;
                language: "ar" | "en";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Email body (plain text; the HTML part is made from it) */
                    body: string;
                    /** @description SMS text */
                    sms: string;
                    /** @description Email subject; placeholders like {reference} */
                    subject: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    deleteAdminNotificationTemplatesByKeyByLanguage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Template key, e.g. case_acknowledged */
                key: string;
                language: "ar" | "en";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    postAdminNotificationTemplatesByKeyByLanguagePreview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Template key, e.g. case_acknowledged */
                key: string;
                language: "ar" | "en";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Email body (plain text; the HTML part is made from it) */
                    body?: string;
                    /** @description SMS text */
                    sms?: string;
                    /** @description Email subject; placeholders like {reference} */
                    subject?: string;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        html: string;
                        sms: string;
                        smsSize: {
                            /** @enum {string} */
                            encoding: "gsm7" | "ucs2";
                            segments: number;
                            units: number;
                        };
                        subject: string;
                        text: string;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    postAdminOutboxByIdRetry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getAdminOutboxParked: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            attempts: number;
                            /** @enum {string} */
                            channel: "sms" | "email" | "relay" | "webhook";
                            createdAt: string;
                            id: number;
                            /** @enum {string} */
                            language: "ar" | "en";
                            lastAttemptAt: string | null;
                            lastError: string | null;
                            messageId: string;
                            reference: string | null;
                            template: string;
                            /** @description The address, partly masked */
                            to: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getAdminRejectionReasons: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            active: boolean;
                            code: string;
                            name: {
                                ar: string;
                                en: string;
                            };
                            position: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    postAdminRejectionReasons: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    name: {
                        ar: string;
                        en: string;
                    };
                    position?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        code: string;
                        name: {
                            ar: string;
                            en: string;
                        };
                        position: number;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    patchAdminRejectionReasonsByCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active?: boolean;
                    name?: {
                        ar: string;
                        en: string;
                    };
                    position?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        code: string;
                        name: {
                            ar: string;
                            en: string;
                        };
                        position: number;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getAdminRoutingRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            active: boolean;
                            areaCode: string | null;
                            caseType: ("complaint" | "suggestion" | "inquiry" | "compliment") | null;
                            entity: {
                                code: string;
                                name: {
                                    ar: string;
                                    en: string;
                                };
                            };
                            from: string | null;
                            groupCode: string | null;
                            id: number;
                            name: string;
                            position: number;
                            serviceCode: string | null;
                            to: string | null;
                            unit: string | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    postAdminRoutingRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description An inactive rule is kept but never matches */
                    active?: boolean;
                    /** @description Only cases whose point is in the area with this code (any layer) */
                    areaCode?: string | null;
                    /** @description Only cases of this type */
                    caseType?: ("complaint" | "suggestion" | "inquiry" | "compliment") | null;
                    /** @description Code of the entity that receives the case */
                    entity: string;
                    /** @description Only from this local time (with `to`; from after to wraps midnight) */
                    from?: string | null;
                    /** @description Only cases of a service of this group */
                    groupCode?: string | null;
                    /** @description What the rule is for */
                    name: string;
                    /** @description Place in the order; default last */
                    position?: number;
                    /** @description Only cases of this service */
                    serviceCode?: string | null;
                    /** @description Only until this local time */
                    to?: string | null;
                    /** @description Code of a unit of that entity that receives it */
                    unit?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        areaCode: string | null;
                        caseType: ("complaint" | "suggestion" | "inquiry" | "compliment") | null;
                        entity: {
                            code: string;
                            name: {
                                ar: string;
                                en: string;
                            };
                        };
                        from: string | null;
                        groupCode: string | null;
                        id: number;
                        name: string;
                        position: number;
                        serviceCode: string | null;
                        to: string | null;
                        unit: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    deleteAdminRoutingRulesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    patchAdminRoutingRulesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description An inactive rule is kept but never matches */
                    active?: boolean;
                    /** @description Only cases whose point is in the area with this code (any layer) */
                    areaCode?: string | null;
                    /** @description Only cases of this type */
                    caseType?: ("complaint" | "suggestion" | "inquiry" | "compliment") | null;
                    /** @description Code of the entity that receives the case */
                    entity?: string;
                    /** @description Only from this local time (with `to`; from after to wraps midnight) */
                    from?: string | null;
                    /** @description Only cases of a service of this group */
                    groupCode?: string | null;
                    /** @description What the rule is for */
                    name?: string;
                    /** @description Only cases of this service */
                    serviceCode?: string | null;
                    /** @description Only until this local time */
                    to?: string | null;
                    /** @description Code of a unit of that entity that receives it */
                    unit?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        areaCode: string | null;
                        caseType: ("complaint" | "suggestion" | "inquiry" | "compliment") | null;
                        entity: {
                            code: string;
                            name: {
                                ar: string;
                                en: string;
                            };
                        };
                        from: string | null;
                        groupCode: string | null;
                        id: number;
                        name: string;
                        position: number;
                        serviceCode: string | null;
                        to: string | null;
                        unit: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    putAdminRoutingRulesOrder: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Every rule id, in the new order */
                    ids: number[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            active: boolean;
                            areaCode: string | null;
                            caseType: ("complaint" | "suggestion" | "inquiry" | "compliment") | null;
                            entity: {
                                code: string;
                                name: {
                                    ar: string;
                                    en: string;
                                };
                            };
                            from: string | null;
                            groupCode: string | null;
                            id: number;
                            name: string;
                            position: number;
                            serviceCode: string | null;
                            to: string | null;
                            unit: string | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    postAdminRoutingRulesTest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date-time
                     * @description When (default now)
                     */
                    at?: string;
                    /**
                     * @description As if the citizen picked it
                     * @enum {string}
                     */
                    governorate?: "capital" | "muharraq" | "northern" | "southern";
                    lat?: number | string;
                    lng?: number | string;
                    serviceCode: string;
                    /**
                     * @description Default: the service's first type
                     * @enum {string}
                     */
                    type?: "complaint" | "suggestion" | "inquiry" | "compliment";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        entity: {
                            code: string;
                            name: {
                                ar: string;
                                en: string;
                            };
                        };
                        /** @description The web form would ask the citizen to confirm the point */
                        needsConfirmation: boolean;
                        trace: {
                            area: {
                                code: string;
                                layer: string;
                            } | null;
                            /** @description layer:code of every area holding the point */
                            areas: string[];
                            boundarySet: {
                                id: number;
                                name: string;
                                version: number;
                            } | null;
                            distanceM?: number | null;
                            governorate: ("capital" | "muharraq" | "northern" | "southern") | null;
                            /** @description The area of another governorate within the configured distance */
                            nearArea?: string | null;
                            /** @description rule, area, picked_governorate, outside_every_area, near_boundary, no_location, no_boundary_set, service_entity */
                            reason: string;
                            rule: {
                                id: number;
                                name: string;
                            } | null;
                            /** @description Sent to the service's own entity to be routed by hand */
                            triage: boolean;
                        };
                        unit: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getAdminServiceGroups: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            code: string;
                            name: {
                                ar: string;
                                en: string;
                            };
                            position: number;
                            services: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    postAdminServiceGroups: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    name: {
                        ar: string;
                        en: string;
                    };
                    position?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        name: {
                            ar: string;
                            en: string;
                        };
                        position: number;
                        services: number;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    patchAdminServiceGroupsByCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: {
                        ar: string;
                        en: string;
                    };
                    position?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        name: {
                            ar: string;
                            en: string;
                        };
                        position: number;
                        services: number;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getAdminServices: {
        parameters: {
            query?: {
                active?: "true" | "false";
                /** @description Only services owned by this entity */
                entity?: string;
                group?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            active: boolean;
                            anonymousAllowed: boolean;
                            attributes: {
                                code: string;
                                /** @enum {string} */
                                datatype: "string" | "number" | "datetime" | "text" | "singlevaluelist" | "multivaluelist";
                                description: {
                                    ar: string;
                                    en: string;
                                };
                                name: {
                                    ar: string;
                                    en: string;
                                };
                                order: number;
                                required: boolean;
                                values: {
                                    key: string;
                                    name: {
                                        ar: string;
                                        en: string;
                                    };
                                }[];
                            }[];
                            code: string;
                            /** @enum {string} */
                            defaultPriority: "low" | "normal" | "high" | "urgent";
                            description: {
                                ar: string;
                                en: string;
                            };
                            entity: {
                                code: string;
                                name: {
                                    ar: string;
                                    en: string;
                                };
                            };
                            group: {
                                code: string;
                                name: {
                                    ar: string;
                                    en: string;
                                };
                            };
                            keywords: string[];
                            name: {
                                ar: string;
                                en: string;
                            };
                            priorityRaiseSupporters: number | null;
                            routes: {
                                entity: string;
                                /** @enum {string} */
                                governorate: "capital" | "muharraq" | "northern" | "southern";
                                unit: string | null;
                            }[];
                            similarRadiusM: number;
                            slaPolicyCode: string | null;
                            /** @description A "not solved" survey answer reopens the case */
                            surveyReopenNotSolved: boolean;
                            types: ("complaint" | "suggestion" | "inquiry" | "compliment")[];
                            /** @description ISO 8601 time */
                            updatedAt: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    postAdminServices: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Default true */
                    active?: boolean;
                    anonymousAllowed: boolean;
                    /** @description Extra questions, in form order; replaces the existing ones */
                    attributes?: {
                        /** @description Key of the answer in a case's attributes */
                        code: string;
                        /** @enum {string} */
                        datatype: "string" | "number" | "datetime" | "text" | "singlevaluelist" | "multivaluelist";
                        /** @description Help text */
                        description?: {
                            ar: string;
                            en: string;
                        };
                        /** @description The question */
                        name: {
                            ar: string;
                            en: string;
                        };
                        /** @description Default false */
                        required?: boolean;
                        /** @description The allowed answers; at least one for list datatypes, none otherwise */
                        values?: {
                            key: string;
                            name: {
                                ar: string;
                                en: string;
                            };
                        }[];
                    }[];
                    /** @description Unique ASCII code */
                    code: string;
                    /**
                     * @description Default normal
                     * @enum {string}
                     */
                    defaultPriority?: "low" | "normal" | "high" | "urgent";
                    description?: {
                        ar: string;
                        en: string;
                    };
                    /** @description Owning entity; receives cases from governorates without a route */
                    entity: string;
                    /** @description Group code */
                    group: string;
                    /** @description Extra search words, Arabic or English */
                    keywords?: string[];
                    name: {
                        ar: string;
                        en: string;
                    };
                    /** @description When this many people have reported a case, its priority is raised to high; null or absent: never */
                    priorityRaiseSupporters?: number | null;
                    /** @description Routing by governorate; replaces the existing ones */
                    routes?: {
                        /** @description Entity that receives the cases from this governorate */
                        entity: string;
                        /** @enum {string} */
                        governorate: "capital" | "muharraq" | "northern" | "southern";
                        /** @description A unit of that entity */
                        unit?: string | null;
                    }[];
                    /** @description How far (metres) from a new report an open case is offered as "already reported?"; default 250 */
                    similarRadiusM?: number;
                    /** @description SLA policy; absent or null: the default policy */
                    slaPolicyCode?: string | null;
                    /** @description A "not solved" satisfaction survey answer reopens the case; default false */
                    surveyReopenNotSolved?: boolean;
                    /** @description Case types the service accepts */
                    types: ("complaint" | "suggestion" | "inquiry" | "compliment")[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        anonymousAllowed: boolean;
                        attributes: {
                            code: string;
                            /** @enum {string} */
                            datatype: "string" | "number" | "datetime" | "text" | "singlevaluelist" | "multivaluelist";
                            description: {
                                ar: string;
                                en: string;
                            };
                            name: {
                                ar: string;
                                en: string;
                            };
                            order: number;
                            required: boolean;
                            values: {
                                key: string;
                                name: {
                                    ar: string;
                                    en: string;
                                };
                            }[];
                        }[];
                        code: string;
                        /** @enum {string} */
                        defaultPriority: "low" | "normal" | "high" | "urgent";
                        description: {
                            ar: string;
                            en: string;
                        };
                        entity: {
                            code: string;
                            name: {
                                ar: string;
                                en: string;
                            };
                        };
                        group: {
                            code: string;
                            name: {
                                ar: string;
                                en: string;
                            };
                        };
                        keywords: string[];
                        name: {
                            ar: string;
                            en: string;
                        };
                        priorityRaiseSupporters: number | null;
                        routes: {
                            entity: string;
                            /** @enum {string} */
                            governorate: "capital" | "muharraq" | "northern" | "southern";
                            unit: string | null;
                        }[];
                        similarRadiusM: number;
                        slaPolicyCode: string | null;
                        /** @description A "not solved" survey answer reopens the case */
                        surveyReopenNotSolved: boolean;
                        types: ("complaint" | "suggestion" | "inquiry" | "compliment")[];
                        /** @description ISO 8601 time */
                        updatedAt: string;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getAdminServicesByCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        anonymousAllowed: boolean;
                        attributes: {
                            code: string;
                            /** @enum {string} */
                            datatype: "string" | "number" | "datetime" | "text" | "singlevaluelist" | "multivaluelist";
                            description: {
                                ar: string;
                                en: string;
                            };
                            name: {
                                ar: string;
                                en: string;
                            };
                            order: number;
                            required: boolean;
                            values: {
                                key: string;
                                name: {
                                    ar: string;
                                    en: string;
                                };
                            }[];
                        }[];
                        code: string;
                        /** @enum {string} */
                        defaultPriority: "low" | "normal" | "high" | "urgent";
                        description: {
                            ar: string;
                            en: string;
                        };
                        entity: {
                            code: string;
                            name: {
                                ar: string;
                                en: string;
                            };
                        };
                        group: {
                            code: string;
                            name: {
                                ar: string;
                                en: string;
                            };
                        };
                        keywords: string[];
                        name: {
                            ar: string;
                            en: string;
                        };
                        priorityRaiseSupporters: number | null;
                        routes: {
                            entity: string;
                            /** @enum {string} */
                            governorate: "capital" | "muharraq" | "northern" | "southern";
                            unit: string | null;
                        }[];
                        similarRadiusM: number;
                        slaPolicyCode: string | null;
                        /** @description A "not solved" survey answer reopens the case */
                        surveyReopenNotSolved: boolean;
                        types: ("complaint" | "suggestion" | "inquiry" | "compliment")[];
                        /** @description ISO 8601 time */
                        updatedAt: string;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    putAdminServicesByCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Default true */
                    active?: boolean;
                    anonymousAllowed: boolean;
                    /** @description Extra questions, in form order; replaces the existing ones */
                    attributes?: {
                        /** @description Key of the answer in a case's attributes */
                        code: string;
                        /** @enum {string} */
                        datatype: "string" | "number" | "datetime" | "text" | "singlevaluelist" | "multivaluelist";
                        /** @description Help text */
                        description?: {
                            ar: string;
                            en: string;
                        };
                        /** @description The question */
                        name: {
                            ar: string;
                            en: string;
                        };
                        /** @description Default false */
                        required?: boolean;
                        /** @description The allowed answers; at least one for list datatypes, none otherwise */
                        values?: {
                            key: string;
                            name: {
                                ar: string;
                                en: string;
                            };
                        }[];
                    }[];
                    /**
                     * @description Default normal
                     * @enum {string}
                     */
                    defaultPriority?: "low" | "normal" | "high" | "urgent";
                    description?: {
                        ar: string;
                        en: string;
                    };
                    /** @description Owning entity; receives cases from governorates without a route */
                    entity: string;
                    /** @description Group code */
                    group: string;
                    /** @description Extra search words, Arabic or English */
                    keywords?: string[];
                    name: {
                        ar: string;
                        en: string;
                    };
                    /** @description When this many people have reported a case, its priority is raised to high; null or absent: never */
                    priorityRaiseSupporters?: number | null;
                    /** @description Routing by governorate; replaces the existing ones */
                    routes?: {
                        /** @description Entity that receives the cases from this governorate */
                        entity: string;
                        /** @enum {string} */
                        governorate: "capital" | "muharraq" | "northern" | "southern";
                        /** @description A unit of that entity */
                        unit?: string | null;
                    }[];
                    /** @description How far (metres) from a new report an open case is offered as "already reported?"; default 250 */
                    similarRadiusM?: number;
                    /** @description SLA policy; absent or null: the default policy */
                    slaPolicyCode?: string | null;
                    /** @description A "not solved" satisfaction survey answer reopens the case; default false */
                    surveyReopenNotSolved?: boolean;
                    /** @description Case types the service accepts */
                    types: ("complaint" | "suggestion" | "inquiry" | "compliment")[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        anonymousAllowed: boolean;
                        attributes: {
                            code: string;
                            /** @enum {string} */
                            datatype: "string" | "number" | "datetime" | "text" | "singlevaluelist" | "multivaluelist";
                            description: {
                                ar: string;
                                en: string;
                            };
                            name: {
                                ar: string;
                                en: string;
                            };
                            order: number;
                            required: boolean;
                            values: {
                                key: string;
                                name: {
                                    ar: string;
                                    en: string;
                                };
                            }[];
                        }[];
                        code: string;
                        /** @enum {string} */
                        defaultPriority: "low" | "normal" | "high" | "urgent";
                        description: {
                            ar: string;
                            en: string;
                        };
                        entity: {
                            code: string;
                            name: {
                                ar: string;
                                en: string;
                            };
                        };
                        group: {
                            code: string;
                            name: {
                                ar: string;
                                en: string;
                            };
                        };
                        keywords: string[];
                        name: {
                            ar: string;
                            en: string;
                        };
                        priorityRaiseSupporters: number | null;
                        routes: {
                            entity: string;
                            /** @enum {string} */
                            governorate: "capital" | "muharraq" | "northern" | "southern";
                            unit: string | null;
                        }[];
                        similarRadiusM: number;
                        slaPolicyCode: string | null;
                        /** @description A "not solved" survey answer reopens the case */
                        surveyReopenNotSolved: boolean;
                        types: ("complaint" | "suggestion" | "inquiry" | "compliment")[];
                        /** @description ISO 8601 time */
                        updatedAt: string;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    patchAdminServicesByCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Default true */
                    active?: boolean;
                    anonymousAllowed?: boolean;
                    /** @description Extra questions, in form order; replaces the existing ones */
                    attributes?: {
                        /** @description Key of the answer in a case's attributes */
                        code: string;
                        /** @enum {string} */
                        datatype: "string" | "number" | "datetime" | "text" | "singlevaluelist" | "multivaluelist";
                        /** @description Help text */
                        description?: {
                            ar: string;
                            en: string;
                        };
                        /** @description The question */
                        name: {
                            ar: string;
                            en: string;
                        };
                        /** @description Default false */
                        required?: boolean;
                        /** @description The allowed answers; at least one for list datatypes, none otherwise */
                        values?: {
                            key: string;
                            name: {
                                ar: string;
                                en: string;
                            };
                        }[];
                    }[];
                    /**
                     * @description Default normal
                     * @enum {string}
                     */
                    defaultPriority?: "low" | "normal" | "high" | "urgent";
                    description?: {
                        ar: string;
                        en: string;
                    };
                    /** @description Owning entity; receives cases from governorates without a route */
                    entity?: string;
                    /** @description Group code */
                    group?: string;
                    /** @description Extra search words, Arabic or English */
                    keywords?: string[];
                    name?: {
                        ar: string;
                        en: string;
                    };
                    /** @description When this many people have reported a case, its priority is raised to high; null or absent: never */
                    priorityRaiseSupporters?: number | null;
                    /** @description Routing by governorate; replaces the existing ones */
                    routes?: {
                        /** @description Entity that receives the cases from this governorate */
                        entity: string;
                        /** @enum {string} */
                        governorate: "capital" | "muharraq" | "northern" | "southern";
                        /** @description A unit of that entity */
                        unit?: string | null;
                    }[];
                    /** @description How far (metres) from a new report an open case is offered as "already reported?"; default 250 */
                    similarRadiusM?: number;
                    /** @description SLA policy; absent or null: the default policy */
                    slaPolicyCode?: string | null;
                    /** @description A "not solved" satisfaction survey answer reopens the case; default false */
                    surveyReopenNotSolved?: boolean;
                    /** @description Case types the service accepts */
                    types?: ("complaint" | "suggestion" | "inquiry" | "compliment")[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        anonymousAllowed: boolean;
                        attributes: {
                            code: string;
                            /** @enum {string} */
                            datatype: "string" | "number" | "datetime" | "text" | "singlevaluelist" | "multivaluelist";
                            description: {
                                ar: string;
                                en: string;
                            };
                            name: {
                                ar: string;
                                en: string;
                            };
                            order: number;
                            required: boolean;
                            values: {
                                key: string;
                                name: {
                                    ar: string;
                                    en: string;
                                };
                            }[];
                        }[];
                        code: string;
                        /** @enum {string} */
                        defaultPriority: "low" | "normal" | "high" | "urgent";
                        description: {
                            ar: string;
                            en: string;
                        };
                        entity: {
                            code: string;
                            name: {
                                ar: string;
                                en: string;
                            };
                        };
                        group: {
                            code: string;
                            name: {
                                ar: string;
                                en: string;
                            };
                        };
                        keywords: string[];
                        name: {
                            ar: string;
                            en: string;
                        };
                        priorityRaiseSupporters: number | null;
                        routes: {
                            entity: string;
                            /** @enum {string} */
                            governorate: "capital" | "muharraq" | "northern" | "southern";
                            unit: string | null;
                        }[];
                        similarRadiusM: number;
                        slaPolicyCode: string | null;
                        /** @description A "not solved" survey answer reopens the case */
                        surveyReopenNotSolved: boolean;
                        types: ("complaint" | "suggestion" | "inquiry" | "compliment")[];
                        /** @description ISO 8601 time */
                        updatedAt: string;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    putAdminServicesByCodeSlaPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    policyCode: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getAdminSlaPolicies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    putAdminSlaPoliciesByCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    calendarCode: string;
                    isDefault?: boolean;
                    name: {
                        ar: string;
                        en: string;
                    };
                    /** @enum {string} */
                    onReopen?: "fresh" | "continue";
                    /** @enum {string} */
                    onTransfer?: "keep" | "restart";
                    pauseStatuses?: ("new" | "assigned" | "in_progress" | "awaiting_citizen")[];
                    steps: {
                        atPercent: number;
                        notifyRoles: ("assignee" | "officer" | "supervisor" | "entity_admin" | "coordinator")[];
                        raiseLevelTo: number | null;
                    }[];
                    targets: {
                        caseType: ("complaint" | "suggestion" | "inquiry" | "compliment") | null;
                        firstResponseTarget: number;
                        priority: ("low" | "normal" | "high" | "urgent") | null;
                        resolutionTarget: number;
                        /** @enum {string} */
                        unit?: "working_minutes" | "calendar_days";
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getAdminStaff: {
        parameters: {
            query?: {
                active?: "true" | "false";
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @description Only staff of this entity or unit */
                entity?: string;
                limit?: number;
                /** @description Part of a name or email */
                q?: string;
                role?: "agent" | "officer" | "supervisor" | "entity_admin" | "coordinator" | "analyst";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            active: boolean;
                            /** @description ISO 8601 time */
                            createdAt: string;
                            email: string;
                            /** @description Entity code */
                            entity: string;
                            /** @description false until an invited person sets one */
                            hasPassword: boolean;
                            id: number;
                            /** @enum {string} */
                            language: "ar" | "en";
                            /** @description Set while sign-in is locked after failed attempts */
                            lockedUntil: string | null;
                            name: string;
                            /** @enum {string} */
                            role: "agent" | "officer" | "supervisor" | "entity_admin" | "coordinator" | "analyst";
                            /** @description Unit code, if the person works in one unit */
                            unit: string | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    postAdminStaff: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    /** @description Entity code */
                    entity: string;
                    /**
                     * @description Language of the messages the person receives; default ar
                     * @enum {string}
                     */
                    language?: "ar" | "en";
                    name: string;
                    /** @description An initial password (the password policy decides: weak_password); without one, the person is emailed a link to set it */
                    password?: string;
                    /** @enum {string} */
                    role: "agent" | "officer" | "supervisor" | "entity_admin" | "coordinator" | "analyst";
                    /** @description Code of a unit of that entity */
                    unit?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description true when a link to set a password was emailed */
                        invited: boolean;
                        staff: {
                            active: boolean;
                            /** @description ISO 8601 time */
                            createdAt: string;
                            email: string;
                            /** @description Entity code */
                            entity: string;
                            /** @description false until an invited person sets one */
                            hasPassword: boolean;
                            id: number;
                            /** @enum {string} */
                            language: "ar" | "en";
                            /** @description Set while sign-in is locked after failed attempts */
                            lockedUntil: string | null;
                            name: string;
                            /** @enum {string} */
                            role: "agent" | "officer" | "supervisor" | "entity_admin" | "coordinator" | "analyst";
                            /** @description Unit code, if the person works in one unit */
                            unit: string | null;
                        };
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getAdminStaffById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        /** @description ISO 8601 time */
                        createdAt: string;
                        email: string;
                        /** @description Entity code */
                        entity: string;
                        /** @description false until an invited person sets one */
                        hasPassword: boolean;
                        id: number;
                        /** @enum {string} */
                        language: "ar" | "en";
                        /** @description Set while sign-in is locked after failed attempts */
                        lockedUntil: string | null;
                        name: string;
                        /** @enum {string} */
                        role: "agent" | "officer" | "supervisor" | "entity_admin" | "coordinator" | "analyst";
                        /** @description Unit code, if the person works in one unit */
                        unit: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    patchAdminStaffById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description false disables the account and ends its sessions */
                    active?: boolean;
                    entity?: string;
                    /** @enum {string} */
                    language?: "ar" | "en";
                    name?: string;
                    /** @enum {string} */
                    role?: "agent" | "officer" | "supervisor" | "entity_admin" | "coordinator" | "analyst";
                    /** @description null: no unit */
                    unit?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        /** @description ISO 8601 time */
                        createdAt: string;
                        email: string;
                        /** @description Entity code */
                        entity: string;
                        /** @description false until an invited person sets one */
                        hasPassword: boolean;
                        id: number;
                        /** @enum {string} */
                        language: "ar" | "en";
                        /** @description Set while sign-in is locked after failed attempts */
                        lockedUntil: string | null;
                        name: string;
                        /** @enum {string} */
                        role: "agent" | "officer" | "supervisor" | "entity_admin" | "coordinator" | "analyst";
                        /** @description Unit code, if the person works in one unit */
                        unit: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    postAdminStaffByIdPasswordLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    deleteAdminStaffByIdSecondFactor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getAdminSuggester: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Confirmed cases it was trained on */
                        caseCount: number;
                        /** @description Confirmed cases held out to measure it */
                        heldOutCount: number;
                        services: {
                            /** @description Confidence at which this service is chosen without a person; null: never */
                            autoThreshold: number | null;
                            /** @description Confirmed cases of this service */
                            cases: number;
                            code: string;
                            heldOut: number;
                            name: {
                                ar: string;
                                en: string;
                            };
                            /** @description Of held-out cases suggested first as this service, the share that were */
                            precision: number | null;
                            /** @description Of held-out cases of this service, the share suggested first */
                            recall: number | null;
                        }[];
                        /** @description Share of held-out cases whose first suggestion was right */
                        top1: number | null;
                        /** @description Share of held-out cases whose service was among the first three */
                        top3: number | null;
                        trainedAt: string | null;
                        /** @description The newest trained version; 0 when none has been trained */
                        version: number;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    putAdminSuggesterServicesByCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Confidence in (0, 1] at which the service is chosen without a person; null: never */
                    autoThreshold: number | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Confidence in (0, 1] at which the service is chosen without a person; null: never */
                        autoThreshold: number | null;
                        code: string;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getAdminSuggestionThresholds: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            answerMinutes: number;
                            entity: components["schemas"]["EntityRef"];
                            id: number;
                            per10k: number | null;
                            serviceCode: string | null;
                            supporters: number | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    putAdminSuggestionThresholds: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The public answer is due this many working minutes after crossing */
                    answerMinutes: number;
                    /** @description The entity */
                    entityCode: string;
                    /** @description Supporters per 10,000 of the entity's population */
                    per10k?: number;
                    /** @description One service of the entity; absent: every service without its own threshold */
                    serviceCode?: string;
                    /** @description Absolute count of supporters */
                    supporters?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            answerMinutes: number;
                            entity: components["schemas"]["EntityRef"];
                            id: number;
                            per10k: number | null;
                            serviceCode: string | null;
                            supporters: number | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getAdminWebhooks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            active: boolean;
                            createdAt: string;
                            disabledAt: string | null;
                            entityCode: string | null;
                            events: string[];
                            id: number;
                            url: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    postAdminWebhooks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Only this entity's cases; absent: every case (national, coordinators only) */
                    entityCode?: string;
                    /** @description case.created, case.status_changed, case.resolved */
                    events: ("case.created" | "case.status_changed" | "case.resolved")[];
                    /** @description Where the events are posted */
                    url: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        createdAt: string;
                        disabledAt: string | null;
                        entityCode: string | null;
                        events: string[];
                        id: number;
                        /** @description Shown this once: verify each delivery’s X-Tawasul-Signature with it */
                        secret: string;
                        url: string;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    postAdminWebhooksByIdDisable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Staff email */
                    email: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Send as X-CSRF-Token on every cookie-authenticated write */
                        csrfToken: string;
                        user: {
                            email: string;
                            entity: {
                                code: string;
                                name: {
                                    ar: string;
                                    en: string;
                                };
                            };
                            id: number;
                            /** @enum {string} */
                            kind: "staff";
                            /** @enum {string} */
                            language: "ar" | "en";
                            name: string;
                            /** @enum {string} */
                            role: "agent" | "officer" | "supervisor" | "entity_admin" | "coordinator" | "analyst";
                        } | {
                            email: string | null;
                            id: number;
                            /** @enum {string} */
                            kind: "citizen";
                            /** @enum {string} */
                            language: "ar" | "en";
                            name: string | null;
                            phone: string | null;
                        };
                    } | {
                        /** @description Send with the code (or the enrolment); single use */
                        challenge: string;
                        expiresInSeconds: number;
                        /**
                         * @description code: send a TOTP or recovery code; enrol: set up the second factor the role requires first
                         * @enum {string}
                         */
                        secondFactor: "code" | "enrol";
                    };
                };
            };
            400: components["responses"]["Problem400"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    postAuthLoginSecondFactor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The sign-in's challenge (from POST /auth/login) */
                    challenge: string;
                    /** @description A six-digit code from the app (Arabic-Indic digits accepted) or a recovery code */
                    code: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Send as X-CSRF-Token on every cookie-authenticated write */
                        csrfToken: string;
                        user: {
                            email: string;
                            entity: {
                                code: string;
                                name: {
                                    ar: string;
                                    en: string;
                                };
                            };
                            id: number;
                            /** @enum {string} */
                            kind: "staff";
                            /** @enum {string} */
                            language: "ar" | "en";
                            name: string;
                            /** @enum {string} */
                            role: "agent" | "officer" | "supervisor" | "entity_admin" | "coordinator" | "analyst";
                        } | {
                            email: string | null;
                            id: number;
                            /** @enum {string} */
                            kind: "citizen";
                            /** @enum {string} */
                            language: "ar" | "en";
                            name: string | null;
                            phone: string | null;
                        };
                    };
                };
            };
            400: components["responses"]["Problem400"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    signOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    everywhere?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Send as X-CSRF-Token on every cookie-authenticated write */
                        csrfToken: string;
                        user: {
                            email: string;
                            entity: {
                                code: string;
                                name: {
                                    ar: string;
                                    en: string;
                                };
                            };
                            id: number;
                            /** @enum {string} */
                            kind: "staff";
                            /** @enum {string} */
                            language: "ar" | "en";
                            name: string;
                            /** @enum {string} */
                            role: "agent" | "officer" | "supervisor" | "entity_admin" | "coordinator" | "analyst";
                        } | {
                            email: string | null;
                            id: number;
                            /** @enum {string} */
                            kind: "citizen";
                            /** @enum {string} */
                            language: "ar" | "en";
                            name: string | null;
                            phone: string | null;
                        };
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    requestSignInCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email?: string;
                    /** @enum {string} */
                    language?: "ar" | "en";
                    phone?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    signInWithCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The code received; Arabic-Indic digits accepted */
                    code: string;
                    email?: string;
                    phone?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Send as X-CSRF-Token on every cookie-authenticated write */
                        csrfToken: string;
                        user: {
                            email: string;
                            entity: {
                                code: string;
                                name: {
                                    ar: string;
                                    en: string;
                                };
                            };
                            id: number;
                            /** @enum {string} */
                            kind: "staff";
                            /** @enum {string} */
                            language: "ar" | "en";
                            name: string;
                            /** @enum {string} */
                            role: "agent" | "officer" | "supervisor" | "entity_admin" | "coordinator" | "analyst";
                        } | {
                            email: string | null;
                            id: number;
                            /** @enum {string} */
                            kind: "citizen";
                            /** @enum {string} */
                            language: "ar" | "en";
                            name: string | null;
                            phone: string | null;
                        };
                    };
                };
            };
            400: components["responses"]["Problem400"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    postAuthPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    postAuthPasswordResetConfirm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The new password; the password policy decides (weak_password) */
                    password: string;
                    token: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getAuthSecondFactor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        enabled: boolean;
                        recoveryCodesLeft: number;
                        /** @description The account's role must have a second factor */
                        required: boolean;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    postAuthSecondFactorEnrol: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description During sign-in, when the role requires enrolment; absent when signed in */
                    challenge?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The secret in groups of four, to type into an authenticator app; never shown again after confirmation */
                        secret: string;
                        /** @description otpauth:// URI, for a QR code */
                        uri: string;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    postAuthSecondFactorEnrolConfirm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description During sign-in; absent when signed in */
                    challenge?: string;
                    /** @description A six-digit code from the app (Arabic-Indic digits accepted) or a recovery code */
                    code: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description During sign-in: the new session */
                        csrfToken?: string;
                        /** @description Ten codes, each usable once instead of a TOTP code; shown only now */
                        recoveryCodes: string[];
                        user?: {
                            email: string;
                            entity: {
                                code: string;
                                name: {
                                    ar: string;
                                    en: string;
                                };
                            };
                            id: number;
                            /** @enum {string} */
                            kind: "staff";
                            /** @enum {string} */
                            language: "ar" | "en";
                            name: string;
                            /** @enum {string} */
                            role: "agent" | "officer" | "supervisor" | "entity_admin" | "coordinator" | "analyst";
                        } | {
                            email: string | null;
                            id: number;
                            /** @enum {string} */
                            kind: "citizen";
                            /** @enum {string} */
                            language: "ar" | "en";
                            name: string | null;
                            phone: string | null;
                        };
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    postAuthSsoBackchannelLogout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    logout_token: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getAuthSsoCallback: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    postAuthSsoLogout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The provider's sign-out page, or null */
                        redirectTo: string | null;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getAuthSsoStart: {
        parameters: {
            query?: {
                /** @description A path of the staff workspace to open after signing in */
                next?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    listCases: {
        parameters: {
            query?: {
                /** @description "me", "unassigned" or a staff id */
                assignee?: string;
                /** @description Awaiting the citizen for more than this many days */
                awaitingDays?: number;
                channel?: "web" | "mobile" | "hotline" | "email" | "whatsapp" | "social" | "open311" | "walk_in";
                /** @description An instant, or a local date (from its first moment) */
                createdFrom?: string;
                /** @description An instant (excluded), or a local date (included, to its end) */
                createdTo?: string;
                cursor?: string;
                /** @description Entity code */
                entity?: string;
                /** @description Escalated at least to this level */
                escalationMin?: number;
                /** @description Comma-separated first-response states (met, late, overdue, pending) */
                firstResponse?: string;
                /** @description Followed ("mine too", merged reporters) by at least this many people */
                followersMin?: number;
                /** @description A governorate, or "none" for cases without one */
                governorate?: "capital" | "muharraq" | "northern" | "southern" | "none";
                limit?: number;
                /** @description Caller's national ID (agents' lookup) */
                nationalId?: string;
                /** @description Caller's phone (agents' lookup) */
                phone?: string;
                priority?: "low" | "normal" | "high" | "urgent";
                /** @description Words in the title or description (Arabic-aware), or a reference */
                q?: string;
                /** @description Resolved and rated (as the indicators count ratings), or not */
                rated?: "true" | "false";
                /** @description Comma-separated ratings (1–5) */
                rating?: string;
                /** @description Rating at least this */
                ratingMin?: number;
                /** @description Reopened at least once, or never */
                reopened?: "true" | "false";
                /** @description Comma-separated resolution states (met, late, overdue) */
                resolution?: string;
                /** @description Service code */
                service?: string;
                /** @description Comma-separated SLA states (on_track, at_risk, breached, paused, met) */
                slaState?: string;
                sort?: "createdAt" | "-createdAt" | "updatedAt" | "-updatedAt";
                /** @description Comma-separated statuses */
                status?: string;
                /** @description Transferred at least once, or never */
                transferred?: "true" | "false";
                type?: "complaint" | "suggestion" | "inquiry" | "compliment";
                /** @description Unit entity code, or "none" for cases without a unit */
                unit?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseListPage"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    submitCase: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body answer the first result and create nothing new */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CaseSubmissionInput"];
                "multipart/form-data": {
                    /** @description The same JSON as the application/json body */
                    case: string;
                    /** @description Image (JPEG, PNG, WebP, HEIC) or PDF files; any part with a filename is a file */
                    files?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseReceipt"];
                };
            };
            400: components["responses"]["Problem400"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getCase: {
        parameters: {
            query?: {
                /** @description The tracking token, or the short tracking code (6 letters and digits) */
                token?: string;
            };
            header?: {
                /** @description The tracking token, or the short tracking code */
                "x-tracking-token"?: string;
            };
            path: {
                /** @description Case reference, with or without separators; Arabic-Indic digits accepted */
                reference: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffCase"] | components["schemas"]["CitizenCase"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    caseActionAccept: {
        parameters: {
            query?: {
                /** @description The tracking token, or the short tracking code (6 letters and digits) */
                token?: string;
            };
            header?: {
                "if-match"?: string;
                /** @description The tracking token, or the short tracking code */
                "x-tracking-token"?: string;
            };
            path: {
                /** @description Case reference, with or without separators; Arabic-Indic digits accepted */
                reference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Estimated cost, as a band
                     * @enum {string}
                     */
                    costBand: "none" | "low" | "medium" | "high";
                    /** @description Code of the entity or unit that carries the plan out */
                    ownerUnit: string;
                    /** @description The planned action; the citizen sees it */
                    plan: string;
                    /**
                     * Format: date
                     * @description The local date the plan should be carried out by
                     */
                    targetDate: string;
                    /** @description The case version you saw (or send If-Match) */
                    version?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffCase"] | components["schemas"]["CitizenCase"] | components["schemas"]["MovedCase"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            428: components["responses"]["Problem428"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    caseActionAssign: {
        parameters: {
            query?: {
                /** @description The tracking token, or the short tracking code (6 letters and digits) */
                token?: string;
            };
            header?: {
                "if-match"?: string;
                /** @description The tracking token, or the short tracking code */
                "x-tracking-token"?: string;
            };
            path: {
                /** @description Case reference, with or without separators; Arabic-Indic digits accepted */
                reference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Staff id of the new assignee */
                    assigneeId: number;
                    /** @description The case version you saw (or send If-Match) */
                    version?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffCase"] | components["schemas"]["CitizenCase"] | components["schemas"]["MovedCase"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            428: components["responses"]["Problem428"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    caseActionChangeService: {
        parameters: {
            query?: {
                /** @description The tracking token, or the short tracking code (6 letters and digits) */
                token?: string;
            };
            header?: {
                "if-match"?: string;
                /** @description The tracking token, or the short tracking code */
                "x-tracking-token"?: string;
            };
            path: {
                /** @description Case reference, with or without separators; Arabic-Indic digits accepted */
                reference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Why (internal; staff only) */
                    note?: string;
                    /** @description The service the case belongs to; the case is routed again by its rules */
                    serviceCode: string;
                    /** @description The case version you saw (or send If-Match) */
                    version?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffCase"] | components["schemas"]["CitizenCase"] | components["schemas"]["MovedCase"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            428: components["responses"]["Problem428"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    caseActionCitizenReply: {
        parameters: {
            query?: {
                /** @description The tracking token, or the short tracking code (6 letters and digits) */
                token?: string;
            };
            header?: {
                "if-match"?: string;
                /** @description The tracking token, or the short tracking code */
                "x-tracking-token"?: string;
            };
            path: {
                /** @description Case reference, with or without separators; Arabic-Indic digits accepted */
                reference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The citizen's answer */
                    body: string;
                    /** @description The case version you saw (or send If-Match) */
                    version?: number;
                };
                "multipart/form-data": {
                    /** @description The same JSON as the application/json body */
                    action: string;
                    /** @description Image (JPEG, PNG, WebP, HEIC) or PDF files; any part with a filename is a file */
                    files?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffCase"] | components["schemas"]["CitizenCase"] | components["schemas"]["MovedCase"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            428: components["responses"]["Problem428"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    caseActionClose: {
        parameters: {
            query?: {
                /** @description The tracking token, or the short tracking code (6 letters and digits) */
                token?: string;
            };
            header?: {
                "if-match"?: string;
                /** @description The tracking token, or the short tracking code */
                "x-tracking-token"?: string;
            };
            path: {
                /** @description Case reference, with or without separators; Arabic-Indic digits accepted */
                reference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body?: string;
                    /** @description The case version you saw (or send If-Match) */
                    version?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffCase"] | components["schemas"]["CitizenCase"] | components["schemas"]["MovedCase"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            428: components["responses"]["Problem428"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    caseActionDecline: {
        parameters: {
            query?: {
                /** @description The tracking token, or the short tracking code (6 letters and digits) */
                token?: string;
            };
            header?: {
                "if-match"?: string;
                /** @description The tracking token, or the short tracking code */
                "x-tracking-token"?: string;
            };
            path: {
                /** @description Case reference, with or without separators; Arabic-Indic digits accepted */
                reference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Why, in words; the citizen sees it */
                    body: string;
                    /** @description A rejection reason code */
                    reasonCode: string;
                    /** @description The case version you saw (or send If-Match) */
                    version?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffCase"] | components["schemas"]["CitizenCase"] | components["schemas"]["MovedCase"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            428: components["responses"]["Problem428"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    caseActionImplement: {
        parameters: {
            query?: {
                /** @description The tracking token, or the short tracking code (6 letters and digits) */
                token?: string;
            };
            header?: {
                "if-match"?: string;
                /** @description The tracking token, or the short tracking code */
                "x-tracking-token"?: string;
            };
            path: {
                /** @description Case reference, with or without separators; Arabic-Indic digits accepted */
                reference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description What was done; the citizen sees it */
                    body: string;
                    /** @description The case version you saw (or send If-Match) */
                    version?: number;
                };
                "multipart/form-data": {
                    /** @description The same JSON as the application/json body */
                    action: string;
                    /** @description Image (JPEG, PNG, WebP, HEIC) or PDF files; any part with a filename is a file */
                    files?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffCase"] | components["schemas"]["CitizenCase"] | components["schemas"]["MovedCase"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            428: components["responses"]["Problem428"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    caseActionMerge: {
        parameters: {
            query?: {
                /** @description The tracking token, or the short tracking code (6 letters and digits) */
                token?: string;
            };
            header?: {
                "if-match"?: string;
                /** @description The tracking token, or the short tracking code */
                "x-tracking-token"?: string;
            };
            path: {
                /** @description Case reference, with or without separators; Arabic-Indic digits accepted */
                reference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The case this one duplicates */
                    masterReference: string;
                    /** @description The case version you saw (or send If-Match) */
                    version?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffCase"] | components["schemas"]["CitizenCase"] | components["schemas"]["MovedCase"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            428: components["responses"]["Problem428"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    caseActionNote: {
        parameters: {
            query?: {
                /** @description The tracking token, or the short tracking code (6 letters and digits) */
                token?: string;
            };
            header?: {
                "if-match"?: string;
                /** @description The tracking token, or the short tracking code */
                "x-tracking-token"?: string;
            };
            path: {
                /** @description Case reference, with or without separators; Arabic-Indic digits accepted */
                reference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Internal note; staff only */
                    body: string;
                    /** @description The reply text the body started from: counts a use of it */
                    templateId?: number;
                    /** @description The case version you saw (or send If-Match) */
                    version?: number;
                };
                "multipart/form-data": {
                    /** @description The same JSON as the application/json body */
                    action: string;
                    /** @description Image (JPEG, PNG, WebP, HEIC) or PDF files; any part with a filename is a file */
                    files?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffCase"] | components["schemas"]["CitizenCase"] | components["schemas"]["MovedCase"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            428: components["responses"]["Problem428"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    caseActionPriority: {
        parameters: {
            query?: {
                /** @description The tracking token, or the short tracking code (6 letters and digits) */
                token?: string;
            };
            header?: {
                "if-match"?: string;
                /** @description The tracking token, or the short tracking code */
                "x-tracking-token"?: string;
            };
            path: {
                /** @description Case reference, with or without separators; Arabic-Indic digits accepted */
                reference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description The new priority
                     * @enum {string}
                     */
                    priority: "low" | "normal" | "high" | "urgent";
                    /** @description The case version you saw (or send If-Match) */
                    version?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffCase"] | components["schemas"]["CitizenCase"] | components["schemas"]["MovedCase"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            428: components["responses"]["Problem428"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    caseActionRate: {
        parameters: {
            query?: {
                /** @description The tracking token, or the short tracking code (6 letters and digits) */
                token?: string;
            };
            header?: {
                "if-match"?: string;
                /** @description The tracking token, or the short tracking code */
                "x-tracking-token"?: string;
            };
            path: {
                /** @description Case reference, with or without separators; Arabic-Indic digits accepted */
                reference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    comment?: string;
                    rating: number;
                    /** @description The case version you saw (or send If-Match) */
                    version?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffCase"] | components["schemas"]["CitizenCase"] | components["schemas"]["MovedCase"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            428: components["responses"]["Problem428"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    caseActionReject: {
        parameters: {
            query?: {
                /** @description The tracking token, or the short tracking code (6 letters and digits) */
                token?: string;
            };
            header?: {
                "if-match"?: string;
                /** @description The tracking token, or the short tracking code */
                "x-tracking-token"?: string;
            };
            path: {
                /** @description Case reference, with or without separators; Arabic-Indic digits accepted */
                reference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body?: string;
                    /** @description A rejection reason code */
                    reasonCode: string;
                    /** @description The case version you saw (or send If-Match) */
                    version?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffCase"] | components["schemas"]["CitizenCase"] | components["schemas"]["MovedCase"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            428: components["responses"]["Problem428"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    caseActionReopen: {
        parameters: {
            query?: {
                /** @description The tracking token, or the short tracking code (6 letters and digits) */
                token?: string;
            };
            header?: {
                "if-match"?: string;
                /** @description The tracking token, or the short tracking code */
                "x-tracking-token"?: string;
            };
            path: {
                /** @description Case reference, with or without separators; Arabic-Indic digits accepted */
                reference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Why the case is not solved */
                    body: string;
                    /** @description The case version you saw (or send If-Match) */
                    version?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffCase"] | components["schemas"]["CitizenCase"] | components["schemas"]["MovedCase"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            428: components["responses"]["Problem428"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    caseActionReply: {
        parameters: {
            query?: {
                /** @description The tracking token, or the short tracking code (6 letters and digits) */
                token?: string;
            };
            header?: {
                "if-match"?: string;
                /** @description The tracking token, or the short tracking code */
                "x-tracking-token"?: string;
            };
            path: {
                /** @description Case reference, with or without separators; Arabic-Indic digits accepted */
                reference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Public reply; the citizen sees it */
                    body: string;
                    /** @description The reply text the body started from: counts a use of it */
                    templateId?: number;
                    /** @description The case version you saw (or send If-Match) */
                    version?: number;
                };
                "multipart/form-data": {
                    /** @description The same JSON as the application/json body */
                    action: string;
                    /** @description Image (JPEG, PNG, WebP, HEIC) or PDF files; any part with a filename is a file */
                    files?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffCase"] | components["schemas"]["CitizenCase"] | components["schemas"]["MovedCase"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            428: components["responses"]["Problem428"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    caseActionRequestInfo: {
        parameters: {
            query?: {
                /** @description The tracking token, or the short tracking code (6 letters and digits) */
                token?: string;
            };
            header?: {
                "if-match"?: string;
                /** @description The tracking token, or the short tracking code */
                "x-tracking-token"?: string;
            };
            path: {
                /** @description Case reference, with or without separators; Arabic-Indic digits accepted */
                reference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description What the citizen should add */
                    body: string;
                    /** @description The reply text the body started from: counts a use of it */
                    templateId?: number;
                    /** @description The case version you saw (or send If-Match) */
                    version?: number;
                };
                "multipart/form-data": {
                    /** @description The same JSON as the application/json body */
                    action: string;
                    /** @description Image (JPEG, PNG, WebP, HEIC) or PDF files; any part with a filename is a file */
                    files?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffCase"] | components["schemas"]["CitizenCase"] | components["schemas"]["MovedCase"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            428: components["responses"]["Problem428"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    caseActionResolve: {
        parameters: {
            query?: {
                /** @description The tracking token, or the short tracking code (6 letters and digits) */
                token?: string;
            };
            header?: {
                "if-match"?: string;
                /** @description The tracking token, or the short tracking code */
                "x-tracking-token"?: string;
            };
            path: {
                /** @description Case reference, with or without separators; Arabic-Indic digits accepted */
                reference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The resolution; the citizen sees it */
                    body: string;
                    /** @description The reply text the body started from: counts a use of it */
                    templateId?: number;
                    /** @description The case version you saw (or send If-Match) */
                    version?: number;
                };
                "multipart/form-data": {
                    /** @description The same JSON as the application/json body */
                    action: string;
                    /** @description Image (JPEG, PNG, WebP, HEIC) or PDF files; any part with a filename is a file */
                    files?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffCase"] | components["schemas"]["CitizenCase"] | components["schemas"]["MovedCase"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            428: components["responses"]["Problem428"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    caseActionStart: {
        parameters: {
            query?: {
                /** @description The tracking token, or the short tracking code (6 letters and digits) */
                token?: string;
            };
            header?: {
                "if-match"?: string;
                /** @description The tracking token, or the short tracking code */
                "x-tracking-token"?: string;
            };
            path: {
                /** @description Case reference, with or without separators; Arabic-Indic digits accepted */
                reference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The case version you saw (or send If-Match) */
                    version?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffCase"] | components["schemas"]["CitizenCase"] | components["schemas"]["MovedCase"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            428: components["responses"]["Problem428"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    caseActionStudy: {
        parameters: {
            query?: {
                /** @description The tracking token, or the short tracking code (6 letters and digits) */
                token?: string;
            };
            header?: {
                "if-match"?: string;
                /** @description The tracking token, or the short tracking code */
                "x-tracking-token"?: string;
            };
            path: {
                /** @description Case reference, with or without separators; Arabic-Indic digits accepted */
                reference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A word to the citizen (public) */
                    body?: string;
                    /** @description The case version you saw (or send If-Match) */
                    version?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffCase"] | components["schemas"]["CitizenCase"] | components["schemas"]["MovedCase"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            428: components["responses"]["Problem428"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    caseActionTransfer: {
        parameters: {
            query?: {
                /** @description The tracking token, or the short tracking code (6 letters and digits) */
                token?: string;
            };
            header?: {
                "if-match"?: string;
                /** @description The tracking token, or the short tracking code */
                "x-tracking-token"?: string;
            };
            path: {
                /** @description Case reference, with or without separators; Arabic-Indic digits accepted */
                reference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Receiving entity */
                    entityCode: string;
                    reason: string;
                    /** @description The case version you saw (or send If-Match) */
                    version?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffCase"] | components["schemas"]["CitizenCase"] | components["schemas"]["MovedCase"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            428: components["responses"]["Problem428"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getCasesByReferenceAttachmentsById: {
        parameters: {
            query?: {
                /** @description The tracking token, or the short tracking code (6 letters and digits) */
                token?: string;
            };
            header?: {
                /** @description The tracking token, or the short tracking code */
                "x-tracking-token"?: string;
            };
            path: {
                id: number;
                /** @description Case reference, with or without separators; Arabic-Indic digits accepted */
                reference: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    listCaseEvents: {
        parameters: {
            query?: {
                /** @description The tracking token, or the short tracking code (6 letters and digits) */
                token?: string;
            };
            header?: {
                /** @description The tracking token, or the short tracking code */
                "x-tracking-token"?: string;
            };
            path: {
                /** @description Case reference, with or without separators; Arabic-Indic digits accepted */
                reference: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    postCasesByReferenceFollowers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Case reference, with or without separators; Arabic-Indic digits accepted */
                reference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Where to tell you of each step; not needed when signed in */
                    contact?: {
                        /** @description Email address */
                        email?: string;
                        /** @description Phone; local numbers get the default country code */
                        phone?: string;
                    };
                    /**
                     * @description Language of the notices (default: your account’s, else Arabic)
                     * @enum {string}
                     */
                    language?: "ar" | "en";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        following: true;
                        reference: string;
                        reportedBy: number;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getCasesByReferenceMessages: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Case reference, with or without separators; Arabic-Indic digits accepted */
                reference: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            attempts: number;
                            /** @enum {string} */
                            channel: "sms" | "email" | "relay";
                            createdAt: string;
                            /** @description The relay's last receipt, if any */
                            deliveryState: ("delivered" | "read" | "failed") | null;
                            deliveryStateAt: string | null;
                            /** @enum {string} */
                            language: "ar" | "en";
                            messageId: string;
                            sentAt: string | null;
                            /** @description pending, sent, parked, held, digested or cancelled */
                            status: string;
                            /** @description Which notice: entity_replied, info_requested, case_resolved… */
                            template: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getCasesByReferenceReplyTemplates: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reference: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @enum {string} */
                            action: "none" | "reply" | "request-info" | "resolve";
                            body: string;
                            id: number;
                            /** @enum {string} */
                            language: "ar" | "en";
                            name: string;
                            /** @description The root entity's text, shared with every entity */
                            national: boolean;
                        }[];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getCasesByReferenceSimilar: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Case reference, with or without separators; Arabic-Indic digits accepted */
                reference: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description Whole days since it was reported */
                            ageDays: number;
                            createdAt: string;
                            /** @description Metres from your point, rounded up to 50 m; null when matched by text alone */
                            distanceM: number | null;
                            /** @description Staff in scope only: the start of its description */
                            excerpt: string | null;
                            /** @description The area, never a finer address */
                            governorate: ("capital" | "muharraq" | "northern" | "southern") | null;
                            /** @description A public photo (Open311 media), else null */
                            photoUrl: string | null;
                            reference: string;
                            /** @description People who reported it: its citizen and its followers */
                            reportedBy: number;
                            /** @description How likely the same problem, 0 to 1 */
                            score: number;
                            service: {
                                code: string;
                                name: {
                                    ar: string;
                                    en: string;
                                };
                            };
                            /** @enum {string} */
                            status: "new" | "assigned" | "in_progress" | "awaiting_citizen" | "resolved" | "closed" | "rejected" | "merged" | "under_study" | "accepted" | "implemented" | "declined";
                            /** @description Its own words only for a report published through Open311, else null (the service name stands for it) */
                            summary: string | null;
                            /** @enum {string} */
                            type: "complaint" | "suggestion" | "inquiry" | "compliment";
                        }[];
                        /** @description Cases scoring at least this are offered */
                        threshold: number;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getCasesByReferenceSurvey: {
        parameters: {
            query?: {
                /** @description The tracking token, or the short tracking code (6 letters and digits) */
                token?: string;
            };
            header?: {
                /** @description The tracking token, or the short tracking code */
                "x-tracking-token"?: string;
            };
            path: {
                /** @description Case reference, with or without separators; Arabic-Indic digits accepted */
                reference: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        answer: {
                            answeredAt: string;
                            comment: string | null;
                            confidentiality: number;
                            overall: number;
                            /** @description The "not solved" answer reopened the case */
                            reopened: boolean;
                            simplicity: number;
                            solved: boolean;
                            speed: number;
                        } | null;
                        /** @description Days after the answer during which the survey may be answered */
                        days: number;
                        expiresAt: string | null;
                        /** @description A "not solved" answer reopens the case (the service’s policy) */
                        reopenWhenNotSolved: boolean;
                        /**
                         * @description none: the case has no answer to rate yet; open: it may be answered until expiresAt; answered; expired
                         * @enum {string}
                         */
                        state: "none" | "open" | "answered" | "expired";
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    postCasesByReferenceSurvey: {
        parameters: {
            query?: {
                /** @description The tracking token, or the short tracking code (6 letters and digits) */
                token?: string;
            };
            header?: {
                "if-match"?: string;
                /** @description The tracking token, or the short tracking code */
                "x-tracking-token"?: string;
            };
            path: {
                /** @description Case reference, with or without separators; Arabic-Indic digits accepted */
                reference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description The app the answer was given in
                     * @default web
                     * @enum {string}
                     */
                    channel?: "web" | "mobile";
                    /** @description A comment; when not solved and the service says so, the reason the case is reopened */
                    comment?: string;
                    /** @description The confidentiality of processing, 1 (very dissatisfied) to 5 (very satisfied); Arabic-Indic digits accepted */
                    confidentiality: number | string;
                    /** @description The answer overall; it is also the case’s rating, 1 (very dissatisfied) to 5 (very satisfied); Arabic-Indic digits accepted */
                    overall: number | string;
                    /** @description The simplicity of the procedure, 1 (very dissatisfied) to 5 (very satisfied); Arabic-Indic digits accepted */
                    simplicity: number | string;
                    /** @description Was the problem actually solved? */
                    solved: boolean;
                    /** @description The speed of processing, 1 (very dissatisfied) to 5 (very satisfied); Arabic-Indic digits accepted */
                    speed: number | string;
                    /** @description The case version you saw (or send If-Match) */
                    version?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        answer: {
                            answeredAt: string;
                            comment: string | null;
                            confidentiality: number;
                            overall: number;
                            /** @description The "not solved" answer reopened the case */
                            reopened: boolean;
                            simplicity: number;
                            solved: boolean;
                            speed: number;
                        };
                        reference: string;
                        /**
                         * @description The case’s status now (reopened when not solved under the policy)
                         * @enum {string}
                         */
                        status: "new" | "assigned" | "in_progress" | "awaiting_citizen" | "resolved" | "closed" | "rejected" | "merged" | "under_study" | "accepted" | "implemented" | "declined";
                        version: number;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    postCasesBulk: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    action: "assign" | "note" | "priority" | "transfer" | "resolve";
                    /** @description assign: the new assignee */
                    assigneeId?: number;
                    /** @description note, resolve: the text (a template may give it instead) */
                    body?: string;
                    /** @description transfer: the receiving entity */
                    entityCode?: string;
                    /**
                     * @description priority: the new priority
                     * @enum {string}
                     */
                    priority?: "low" | "normal" | "high" | "urgent";
                    /** @description transfer: why */
                    reason?: string;
                    /** @description The cases, at most 100 */
                    references: string[];
                    /** @description resolve: a reply text, filled in for each case */
                    templateId?: number;
                    /** @description The version of each case as the inbox showed it */
                    versions: {
                        [key: string]: number;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        counts: {
                            changed: number;
                            done: number;
                            not_found: number;
                            refused: number;
                        } & {
                            [key: string]: number;
                        };
                        results: {
                            code: string | null;
                            /** @enum {string} */
                            outcome: "done" | "changed" | "refused" | "not_found";
                            reference: string;
                            version: number | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    listEntities: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            code: string;
                            governorate: ("capital" | "muharraq" | "northern" | "southern") | null;
                            /** @enum {string} */
                            kind: "ministry" | "municipality" | "unit";
                            name: {
                                ar: string;
                                en: string;
                            };
                            /** @description Code of the parent entity */
                            parent: string | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    postExportsCases: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description "me", "unassigned" or a staff id */
                    assignee?: string;
                    /** @description Awaiting the citizen for more than this many days */
                    awaitingDays?: number;
                    /** @enum {string} */
                    channel?: "web" | "mobile" | "hotline" | "email" | "whatsapp" | "social" | "open311" | "walk_in";
                    /** @description An instant, or a local date (from its first moment) */
                    createdFrom?: string;
                    /** @description An instant (excluded), or a local date (included, to its end) */
                    createdTo?: string;
                    /** @description Entity code */
                    entity?: string;
                    /** @description Escalated at least to this level */
                    escalationMin?: number;
                    /** @description Comma-separated first-response states (met, late, overdue, pending) */
                    firstResponse?: string;
                    /** @description Followed ("mine too", merged reporters) by at least this many people */
                    followersMin?: number;
                    /**
                     * @description csv or xlsx
                     * @enum {string}
                     */
                    format: "csv" | "xlsx";
                    /**
                     * @description A governorate, or "none" for cases without one
                     * @enum {string}
                     */
                    governorate?: "capital" | "muharraq" | "northern" | "southern" | "none";
                    /**
                     * @description Language of headers and labels; Arabic sheets read right to left; default ar
                     * @enum {string}
                     */
                    lang?: "ar" | "en";
                    /** @description Caller's national ID (agents' lookup) */
                    nationalId?: string;
                    /** @description Caller's phone (agents' lookup) */
                    phone?: string;
                    /** @enum {string} */
                    priority?: "low" | "normal" | "high" | "urgent";
                    /** @description Words in the title or description (Arabic-aware), or a reference */
                    q?: string;
                    /**
                     * @description Resolved and rated (as the indicators count ratings), or not
                     * @enum {string}
                     */
                    rated?: "true" | "false";
                    /** @description Comma-separated ratings (1–5) */
                    rating?: string;
                    /** @description Rating at least this */
                    ratingMin?: number;
                    /**
                     * @description Reopened at least once, or never
                     * @enum {string}
                     */
                    reopened?: "true" | "false";
                    /** @description Comma-separated resolution states (met, late, overdue) */
                    resolution?: string;
                    /** @description Service code */
                    service?: string;
                    /** @description Comma-separated SLA states (on_track, at_risk, breached, paused, met) */
                    slaState?: string;
                    /** @enum {string} */
                    sort?: "createdAt" | "-createdAt" | "updatedAt" | "-updatedAt";
                    /** @description Comma-separated statuses */
                    status?: string;
                    /**
                     * @description Transferred at least once, or never
                     * @enum {string}
                     */
                    transferred?: "true" | "false";
                    /** @enum {string} */
                    type?: "complaint" | "suggestion" | "inquiry" | "compliment";
                    /** @description Unit entity code, or "none" for cases without a unit */
                    unit?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        mode: "direct";
                        /** @description Rows the export holds */
                        rowsTotal: number;
                        truncated: boolean;
                        /** @description GET this address for the file now (small enough not to need a job) */
                        url: string;
                    };
                };
            };
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        job: {
                            /** Format: date-time */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description When the file and this job are deleted
                             */
                            expiresAt: string;
                            /** @description Where to download the file, once done and until it expires */
                            fileUrl: string | null;
                            /** @description The case list filters asked (a caller's phone or national id left out) */
                            filters: {
                                [key: string]: unknown;
                            };
                            finishedAt: string | null;
                            /** @enum {string} */
                            format: "csv" | "xlsx";
                            id: number;
                            /** @enum {string} */
                            language: "ar" | "en";
                            /** @description Rows written so far */
                            rowsDone: number;
                            /** @description Rows the export holds, counted when it was asked */
                            rowsTotal: number;
                            /** @description The size of the file, once done */
                            sizeBytes: number | null;
                            /**
                             * @description queued, running, done or failed
                             * @enum {string}
                             */
                            state: "queued" | "running" | "done" | "failed";
                            /** @description The filter named more cases than TAWASUL_EXPORT_MAX_ROWS; the first ones are exported */
                            truncated: boolean;
                        };
                        /** @enum {string} */
                        mode: "job";
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getExportsCasesCsv: {
        parameters: {
            query?: {
                /** @description "me", "unassigned" or a staff id */
                assignee?: string;
                /** @description Awaiting the citizen for more than this many days */
                awaitingDays?: number;
                channel?: "web" | "mobile" | "hotline" | "email" | "whatsapp" | "social" | "open311" | "walk_in";
                /** @description An instant, or a local date (from its first moment) */
                createdFrom?: string;
                /** @description An instant (excluded), or a local date (included, to its end) */
                createdTo?: string;
                /** @description Entity code */
                entity?: string;
                /** @description Escalated at least to this level */
                escalationMin?: number;
                /** @description Comma-separated first-response states (met, late, overdue, pending) */
                firstResponse?: string;
                /** @description Followed ("mine too", merged reporters) by at least this many people */
                followersMin?: number;
                /** @description A governorate, or "none" for cases without one */
                governorate?: "capital" | "muharraq" | "northern" | "southern" | "none";
                /** @description Language of headers and labels; Arabic sheets read right to left; default ar */
                lang?: "ar" | "en";
                /** @description Caller's national ID (agents' lookup) */
                nationalId?: string;
                /** @description Caller's phone (agents' lookup) */
                phone?: string;
                priority?: "low" | "normal" | "high" | "urgent";
                /** @description Words in the title or description (Arabic-aware), or a reference */
                q?: string;
                /** @description Resolved and rated (as the indicators count ratings), or not */
                rated?: "true" | "false";
                /** @description Comma-separated ratings (1–5) */
                rating?: string;
                /** @description Rating at least this */
                ratingMin?: number;
                /** @description Reopened at least once, or never */
                reopened?: "true" | "false";
                /** @description Comma-separated resolution states (met, late, overdue) */
                resolution?: string;
                /** @description Service code */
                service?: string;
                /** @description Comma-separated SLA states (on_track, at_risk, breached, paused, met) */
                slaState?: string;
                sort?: "createdAt" | "-createdAt" | "updatedAt" | "-updatedAt";
                /** @description Comma-separated statuses */
                status?: string;
                /** @description Transferred at least once, or never */
                transferred?: "true" | "false";
                type?: "complaint" | "suggestion" | "inquiry" | "compliment";
                /** @description Unit entity code, or "none" for cases without a unit */
                unit?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getExportsCasesXlsx: {
        parameters: {
            query?: {
                /** @description "me", "unassigned" or a staff id */
                assignee?: string;
                /** @description Awaiting the citizen for more than this many days */
                awaitingDays?: number;
                channel?: "web" | "mobile" | "hotline" | "email" | "whatsapp" | "social" | "open311" | "walk_in";
                /** @description An instant, or a local date (from its first moment) */
                createdFrom?: string;
                /** @description An instant (excluded), or a local date (included, to its end) */
                createdTo?: string;
                /** @description Entity code */
                entity?: string;
                /** @description Escalated at least to this level */
                escalationMin?: number;
                /** @description Comma-separated first-response states (met, late, overdue, pending) */
                firstResponse?: string;
                /** @description Followed ("mine too", merged reporters) by at least this many people */
                followersMin?: number;
                /** @description A governorate, or "none" for cases without one */
                governorate?: "capital" | "muharraq" | "northern" | "southern" | "none";
                /** @description Language of headers and labels; Arabic sheets read right to left; default ar */
                lang?: "ar" | "en";
                /** @description Caller's national ID (agents' lookup) */
                nationalId?: string;
                /** @description Caller's phone (agents' lookup) */
                phone?: string;
                priority?: "low" | "normal" | "high" | "urgent";
                /** @description Words in the title or description (Arabic-aware), or a reference */
                q?: string;
                /** @description Resolved and rated (as the indicators count ratings), or not */
                rated?: "true" | "false";
                /** @description Comma-separated ratings (1–5) */
                rating?: string;
                /** @description Rating at least this */
                ratingMin?: number;
                /** @description Reopened at least once, or never */
                reopened?: "true" | "false";
                /** @description Comma-separated resolution states (met, late, overdue) */
                resolution?: string;
                /** @description Service code */
                service?: string;
                /** @description Comma-separated SLA states (on_track, at_risk, breached, paused, met) */
                slaState?: string;
                sort?: "createdAt" | "-createdAt" | "updatedAt" | "-updatedAt";
                /** @description Comma-separated statuses */
                status?: string;
                /** @description Transferred at least once, or never */
                transferred?: "true" | "false";
                type?: "complaint" | "suggestion" | "inquiry" | "compliment";
                /** @description Unit entity code, or "none" for cases without a unit */
                unit?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getExportsJobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description When the file and this job are deleted
                             */
                            expiresAt: string;
                            /** @description Where to download the file, once done and until it expires */
                            fileUrl: string | null;
                            /** @description The case list filters asked (a caller's phone or national id left out) */
                            filters: {
                                [key: string]: unknown;
                            };
                            finishedAt: string | null;
                            /** @enum {string} */
                            format: "csv" | "xlsx";
                            id: number;
                            /** @enum {string} */
                            language: "ar" | "en";
                            /** @description Rows written so far */
                            rowsDone: number;
                            /** @description Rows the export holds, counted when it was asked */
                            rowsTotal: number;
                            /** @description The size of the file, once done */
                            sizeBytes: number | null;
                            /**
                             * @description queued, running, done or failed
                             * @enum {string}
                             */
                            state: "queued" | "running" | "done" | "failed";
                            /** @description The filter named more cases than TAWASUL_EXPORT_MAX_ROWS; the first ones are exported */
                            truncated: boolean;
                        }[];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getExportsJobsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description When the file and this job are deleted
                         */
                        expiresAt: string;
                        /** @description Where to download the file, once done and until it expires */
                        fileUrl: string | null;
                        /** @description The case list filters asked (a caller's phone or national id left out) */
                        filters: {
                            [key: string]: unknown;
                        };
                        finishedAt: string | null;
                        /** @enum {string} */
                        format: "csv" | "xlsx";
                        id: number;
                        /** @enum {string} */
                        language: "ar" | "en";
                        /** @description Rows written so far */
                        rowsDone: number;
                        /** @description Rows the export holds, counted when it was asked */
                        rowsTotal: number;
                        /** @description The size of the file, once done */
                        sizeBytes: number | null;
                        /**
                         * @description queued, running, done or failed
                         * @enum {string}
                         */
                        state: "queued" | "running" | "done" | "failed";
                        /** @description The filter named more cases than TAWASUL_EXPORT_MAX_ROWS; the first ones are exported */
                        truncated: boolean;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getExportsJobsByIdFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getExportsKpiBreachesCsv: {
        parameters: {
            query?: {
                /** @description Only this entity (code) */
                entity?: string;
                /** @description First local date (YYYY-MM-DD), included; default: the first day of the month 11 months before `to` */
                from?: string;
                /** @description Language of headers and labels; Arabic sheets read right to left; default ar */
                lang?: "ar" | "en";
                /** @description How many services; default 10 */
                limit?: number;
                /** @description count (default): most breaches first; rate: highest share of the service's decided cases breached first */
                order?: "count" | "rate";
                /** @description Last local date (YYYY-MM-DD), included; default: today */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getExportsKpiBreachesXlsx: {
        parameters: {
            query?: {
                /** @description Only this entity (code) */
                entity?: string;
                /** @description First local date (YYYY-MM-DD), included; default: the first day of the month 11 months before `to` */
                from?: string;
                /** @description Language of headers and labels; Arabic sheets read right to left; default ar */
                lang?: "ar" | "en";
                /** @description How many services; default 10 */
                limit?: number;
                /** @description count (default): most breaches first; rate: highest share of the service's decided cases breached first */
                order?: "count" | "rate";
                /** @description Last local date (YYYY-MM-DD), included; default: today */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getExportsKpiBreakdownCsv: {
        parameters: {
            query: {
                /** @description The dimension to group by */
                by: "service" | "type" | "channel" | "governorate" | "unit";
                /** @description Only this entity (code); default: your whole scope */
                entity?: string;
                /** @description First local date (YYYY-MM-DD), included; default: the first day of the month 11 months before `to` */
                from?: string;
                /** @description Language of headers and labels; Arabic sheets read right to left; default ar */
                lang?: "ar" | "en";
                /** @description Last local date (YYYY-MM-DD), included; default: today */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getExportsKpiBreakdownXlsx: {
        parameters: {
            query: {
                /** @description The dimension to group by */
                by: "service" | "type" | "channel" | "governorate" | "unit";
                /** @description Only this entity (code); default: your whole scope */
                entity?: string;
                /** @description First local date (YYYY-MM-DD), included; default: the first day of the month 11 months before `to` */
                from?: string;
                /** @description Language of headers and labels; Arabic sheets read right to left; default ar */
                lang?: "ar" | "en";
                /** @description Last local date (YYYY-MM-DD), included; default: today */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getExportsKpiEntitiesCsv: {
        parameters: {
            query?: {
                /** @description First local date (YYYY-MM-DD), included; default: the first day of the month 11 months before `to` */
                from?: string;
                /** @description Language of headers and labels; Arabic sheets read right to left; default ar */
                lang?: "ar" | "en";
                /** @description Last local date (YYYY-MM-DD), included; default: today */
                to?: string;
                /** @description Override the composite score weights for this answer, e.g. resolutionCompliance=50,satisfiedShare=50 */
                weights?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getExportsKpiEntitiesXlsx: {
        parameters: {
            query?: {
                /** @description First local date (YYYY-MM-DD), included; default: the first day of the month 11 months before `to` */
                from?: string;
                /** @description Language of headers and labels; Arabic sheets read right to left; default ar */
                lang?: "ar" | "en";
                /** @description Last local date (YYYY-MM-DD), included; default: today */
                to?: string;
                /** @description Override the composite score weights for this answer, e.g. resolutionCompliance=50,satisfiedShare=50 */
                weights?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getExportsKpiTrendsCsv: {
        parameters: {
            query: {
                /** @description Weeks start on Sunday; months are calendar months */
                by: "week" | "month";
                channel?: "web" | "mobile" | "hotline" | "email" | "whatsapp" | "social" | "open311" | "walk_in";
                /** @description Only this entity (code) */
                entity?: string;
                /** @description First local date (YYYY-MM-DD), included; default: the first day of the month 11 months before `to` */
                from?: string;
                governorate?: "capital" | "muharraq" | "northern" | "southern";
                /** @description Language of headers and labels; Arabic sheets read right to left; default ar */
                lang?: "ar" | "en";
                /** @description Only this service (code); at most one of service, type, channel, governorate, unit */
                service?: string;
                /** @description Last local date (YYYY-MM-DD), included; default: today */
                to?: string;
                type?: "complaint" | "suggestion" | "inquiry" | "compliment";
                /** @description Only this unit (entity code) */
                unit?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getExportsKpiTrendsXlsx: {
        parameters: {
            query: {
                /** @description Weeks start on Sunday; months are calendar months */
                by: "week" | "month";
                channel?: "web" | "mobile" | "hotline" | "email" | "whatsapp" | "social" | "open311" | "walk_in";
                /** @description Only this entity (code) */
                entity?: string;
                /** @description First local date (YYYY-MM-DD), included; default: the first day of the month 11 months before `to` */
                from?: string;
                governorate?: "capital" | "muharraq" | "northern" | "southern";
                /** @description Language of headers and labels; Arabic sheets read right to left; default ar */
                lang?: "ar" | "en";
                /** @description Only this service (code); at most one of service, type, channel, governorate, unit */
                service?: string;
                /** @description Last local date (YYYY-MM-DD), included; default: today */
                to?: string;
                type?: "complaint" | "suggestion" | "inquiry" | "compliment";
                /** @description Only this unit (entity code) */
                unit?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getFollowerRatingsByToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The follower’s own rating token from the resolution notice */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The case’s public answer */
                        answer: string | null;
                        entity: {
                            ar: string;
                            en: string;
                        };
                        ratedAt: string | null;
                        rating: number | null;
                        reference: string;
                        service: {
                            ar: string;
                            en: string;
                        };
                        /**
                         * @description open: may be rated; rated: rated already; closed: the case is no longer resolved or the survey’s days are over
                         * @enum {string}
                         */
                        state: "open" | "rated" | "closed";
                    };
                };
            };
            400: components["responses"]["Problem400"];
            404: components["responses"]["Problem404"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    postFollowerRatingsByToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The follower’s own rating token from the resolution notice */
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A comment (never shown publicly) */
                    comment?: string;
                    /** @description The answer overall, 1 (very dissatisfied) to 5 (very satisfied); Arabic-Indic digits accepted */
                    rating: number | string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The case’s public answer */
                        answer: string | null;
                        entity: {
                            ar: string;
                            en: string;
                        };
                        ratedAt: string | null;
                        rating: number | null;
                        reference: string;
                        service: {
                            ar: string;
                            en: string;
                        };
                        /**
                         * @description open: may be rated; rated: rated already; closed: the case is no longer resolved or the survey’s days are over
                         * @enum {string}
                         */
                        state: "open" | "rated" | "closed";
                    };
                };
            };
            400: components["responses"]["Problem400"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    postInboundByChannel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The relay: whatsapp, social or email */
                channel: "whatsapp" | "social" | "email";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The relay's own conversation (or sender) id: answers to a new case go back there. Default: the sender's handle, phone or email */
                    conversationId?: string;
                    from: {
                        /** @description Sender email address */
                        email?: string;
                        /** @description Sender handle on a social network */
                        handle?: string;
                        /** @description Sender display name */
                        name?: string;
                        /** @description Sender phone number (WhatsApp, SMS) */
                        phone?: string;
                    };
                    /**
                     * @description Language, if the relay knows it; else guessed from the text
                     * @enum {string}
                     */
                    language?: "ar" | "en";
                    /** @description A location the sender shared (WhatsApp location message): routes the case by its area */
                    location?: {
                        lat: number;
                        lng: number;
                    };
                    /** @description The provider's id of the message; a second message with the same id is refused */
                    messageId: string;
                    /** @description Email subject */
                    subject?: string;
                    /** @description The message text (an email: its plain-text part) */
                    text: string;
                    /**
                     * @description The kind of case, if the relay classified it
                     * @enum {string}
                     */
                    type?: "complaint" | "suggestion" | "inquiry" | "compliment";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        outcome: "case_created" | "reply_added";
                        reference: string;
                        /** @description For a new case: the link to send the sender */
                        trackingUrl?: string;
                    };
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        outcome: "case_created" | "reply_added";
                        reference: string;
                        /** @description For a new case: the link to send the sender */
                        trackingUrl?: string;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getInboxViews: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        builtIn: {
                            filters: {
                                [key: string]: string;
                            };
                            id: string;
                        }[];
                        items: {
                            /** @description The actor may rename, change or delete it */
                            editable: boolean;
                            filters: {
                                [key: string]: string;
                            };
                            id: number;
                            /** @description The actor owns the view (and orders it) */
                            mine: boolean;
                            name: string;
                            position: number;
                            shared: boolean;
                        }[];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    postInboxViews: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The case list query parameters the view applies */
                    filters: {
                        [key: string]: unknown;
                    };
                    /** @description The name staff see on the view */
                    name: string;
                    /** @description Shared with the owner's entity (default: private) */
                    shared?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    deleteInboxViewsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    patchInboxViewsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The case list query parameters the view applies */
                    filters?: {
                        [key: string]: unknown;
                    };
                    /** @description The name staff see on the view */
                    name?: string;
                    /** @description Shared with the owner's entity, or private */
                    shared?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getInboxViewsCounts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        counts: {
                            /** @description null: a stored view the list no longer takes */
                            count: number | null;
                            /** @description A built-in view id, or a saved view id as a string */
                            view: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    putInboxViewsOrder: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Your own views, first to last */
                    ids: number[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getIntakeSimilar: {
        parameters: {
            query?: {
                /** @description Latitude of the new report (WGS 84) */
                lat?: number | string;
                /** @description At most this many (default 5) */
                limit?: number;
                /** @description Longitude of the new report (WGS 84) */
                lng?: number | string;
                /** @description Service code, when chosen */
                service?: string;
                /** @description The description typed so far */
                text?: string;
                /** @description Case type; suggestions and inquiries are matched by text alone */
                type?: "complaint" | "suggestion" | "inquiry" | "compliment";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description Whole days since it was reported */
                            ageDays: number;
                            createdAt: string;
                            /** @description Metres from your point, rounded up to 50 m; null when matched by text alone */
                            distanceM: number | null;
                            /** @description Staff in scope only: the start of its description */
                            excerpt: string | null;
                            /** @description The area, never a finer address */
                            governorate: ("capital" | "muharraq" | "northern" | "southern") | null;
                            /** @description A public photo (Open311 media), else null */
                            photoUrl: string | null;
                            reference: string;
                            /** @description People who reported it: its citizen and its followers */
                            reportedBy: number;
                            /** @description How likely the same problem, 0 to 1 */
                            score: number;
                            service: {
                                code: string;
                                name: {
                                    ar: string;
                                    en: string;
                                };
                            };
                            /** @enum {string} */
                            status: "new" | "assigned" | "in_progress" | "awaiting_citizen" | "resolved" | "closed" | "rejected" | "merged" | "under_study" | "accepted" | "implemented" | "declined";
                            /** @description Its own words only for a report published through Open311, else null (the service name stands for it) */
                            summary: string | null;
                            /** @enum {string} */
                            type: "complaint" | "suggestion" | "inquiry" | "compliment";
                        }[];
                        /** @description Cases scoring at least this are offered */
                        threshold: number;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    postIntakeSuggest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description The language of the page; the names returned carry both
                     * @enum {string}
                     */
                    language?: "ar" | "en";
                    /**
                     * @description How many services to suggest
                     * @default 3
                     */
                    limit?: number;
                    /** @description What happened, as the citizen types it (Arabic or English) */
                    text: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The most likely services, best first; empty when no word was recognised */
                        items: {
                            /** @description Service code */
                            code: string;
                            group: {
                                code: string;
                                name: {
                                    ar: string;
                                    en: string;
                                };
                            };
                            name: {
                                ar: string;
                                en: string;
                            };
                            /** @description Confidence in [0, 1] */
                            score: number;
                        }[];
                        /** @description The suggester version that answered (0: the catalogue alone) */
                        modelVersion: number;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getKpiBreaches: {
        parameters: {
            query?: {
                /** @description Only this entity (code) */
                entity?: string;
                /** @description First local date (YYYY-MM-DD), included; default: the first day of the month 11 months before `to` */
                from?: string;
                /** @description How many services; default 10 */
                limit?: number;
                /** @description count (default): most breaches first; rate: highest share of the service's decided cases breached first */
                order?: "count" | "rate";
                /** @description Last local date (YYYY-MM-DD), included; default: today */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        asOf: string;
                        drillDown: {
                            base: {
                                [key: string]: string;
                            };
                            cases: {
                                [key: string]: string;
                            }[];
                        };
                        items: {
                            breaches: number;
                            /** @description % of the service's decided cases that breached */
                            breachRate: number | null;
                            cumulativeShare: number | null;
                            filter: {
                                [key: string]: string;
                            };
                            received: number;
                            service: {
                                code: string;
                                name: {
                                    ar: string;
                                    en: string;
                                };
                            };
                            /** @description % of all breaches */
                            share: number | null;
                        }[];
                        /** @enum {string} */
                        order: "count" | "rate";
                        period: {
                            from: string;
                            timeZone: string;
                            to: string;
                        };
                        /** @description Resolved late plus open past target, every service */
                        totalBreaches: number;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getKpiBreakdown: {
        parameters: {
            query: {
                /** @description The dimension to group by */
                by: "service" | "type" | "channel" | "governorate" | "unit";
                /** @description Only this entity (code); default: your whole scope */
                entity?: string;
                /** @description First local date (YYYY-MM-DD), included; default: the first day of the month 11 months before `to` */
                from?: string;
                /** @description Last local date (YYYY-MM-DD), included; default: today */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        asOf: string;
                        /** @enum {string} */
                        by: "service" | "type" | "channel" | "governorate" | "unit";
                        /** @description A figure's cases: base + the row's filter + each query of the indicator */
                        drillDown: {
                            /** @description GET /api/v1/cases parameters of the period */
                            base: {
                                [key: string]: string;
                            };
                            indicators: {
                                [key: string]: {
                                    /** @description Queries whose union lists the cases behind the figure */
                                    cases: {
                                        [key: string]: string;
                                    }[];
                                    exact: boolean;
                                    /** @description Case-list parameters that would make it exact */
                                    needs?: {
                                        [key: string]: string;
                                    };
                                    /** @description For a rate: the queries of its denominator */
                                    of?: {
                                        [key: string]: string;
                                    }[];
                                };
                            };
                        };
                        items: {
                            figures: {
                                backlogAge: {
                                    days3to7: number;
                                    days8to30: number;
                                    over30Days: number;
                                    under3Days: number;
                                };
                                closed: number;
                                counts: {
                                    everResolved: number;
                                    firstResponseLate: number;
                                    firstResponseMet: number;
                                    rated: number;
                                    ratedSatisfied: number;
                                    reopened: number;
                                    resolutionLate: number;
                                    resolutionMet: number;
                                    transferred: number;
                                };
                                /** @description % first responses within target (overdue open cases count as late) */
                                firstResponseCompliance: number | null;
                                /** @description Open cases with no first response past its due date */
                                firstResponseOverdue: number;
                                /** @description Mean rating 1–5 of rated resolved cases */
                                meanRating: number | null;
                                meanResolutionMinutes: number | null;
                                /** @description Median working minutes to resolve (bucket middle, see README) */
                                medianResolutionMinutes: number | null;
                                merged: number;
                                /** @description Of them, still open now (the backlog) */
                                open: number;
                                /** @description Open cases past their resolution target */
                                openBreached: number;
                                /** @description 90th percentile working minutes to resolve */
                                p90ResolutionMinutes: number | null;
                                /** @description Cases created in the period (the cohort) */
                                received: number;
                                rejected: number;
                                /** @description % of received that were rejected */
                                rejectionRate: number | null;
                                /** @description % of cases resolved at least once that were reopened */
                                reopenRate: number | null;
                                /** @description % resolved within target (open breached count as late): the response-commitment rate */
                                resolutionCompliance: number | null;
                                /** @description Of them, resolved (status resolved or closed) */
                                resolved: number;
                                /** @description % of received that are resolved */
                                resolvedShare: number | null;
                                /** @description % of ratings that are 4 or 5 */
                                satisfiedShare: number | null;
                                /** @description % of resolved cases rated */
                                surveyResponseRate: number | null;
                                /** @description % of received that were transferred between entities */
                                transferRate: number | null;
                            };
                            filter: {
                                [key: string]: string;
                            };
                            key: string;
                            name: {
                                ar: string;
                                en: string;
                            } | null;
                        }[];
                        period: {
                            from: string;
                            timeZone: string;
                            to: string;
                        };
                        total: {
                            backlogAge: {
                                days3to7: number;
                                days8to30: number;
                                over30Days: number;
                                under3Days: number;
                            };
                            closed: number;
                            counts: {
                                everResolved: number;
                                firstResponseLate: number;
                                firstResponseMet: number;
                                rated: number;
                                ratedSatisfied: number;
                                reopened: number;
                                resolutionLate: number;
                                resolutionMet: number;
                                transferred: number;
                            };
                            /** @description % first responses within target (overdue open cases count as late) */
                            firstResponseCompliance: number | null;
                            /** @description Open cases with no first response past its due date */
                            firstResponseOverdue: number;
                            /** @description Mean rating 1–5 of rated resolved cases */
                            meanRating: number | null;
                            meanResolutionMinutes: number | null;
                            /** @description Median working minutes to resolve (bucket middle, see README) */
                            medianResolutionMinutes: number | null;
                            merged: number;
                            /** @description Of them, still open now (the backlog) */
                            open: number;
                            /** @description Open cases past their resolution target */
                            openBreached: number;
                            /** @description 90th percentile working minutes to resolve */
                            p90ResolutionMinutes: number | null;
                            /** @description Cases created in the period (the cohort) */
                            received: number;
                            rejected: number;
                            /** @description % of received that were rejected */
                            rejectionRate: number | null;
                            /** @description % of cases resolved at least once that were reopened */
                            reopenRate: number | null;
                            /** @description % resolved within target (open breached count as late): the response-commitment rate */
                            resolutionCompliance: number | null;
                            /** @description Of them, resolved (status resolved or closed) */
                            resolved: number;
                            /** @description % of received that are resolved */
                            resolvedShare: number | null;
                            /** @description % of ratings that are 4 or 5 */
                            satisfiedShare: number | null;
                            /** @description % of resolved cases rated */
                            surveyResponseRate: number | null;
                            /** @description % of received that were transferred between entities */
                            transferRate: number | null;
                        };
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getKpiEntities: {
        parameters: {
            query?: {
                /** @description First local date (YYYY-MM-DD), included; default: the first day of the month 11 months before `to` */
                from?: string;
                /** @description Last local date (YYYY-MM-DD), included; default: today */
                to?: string;
                /** @description Override the composite score weights for this answer, e.g. resolutionCompliance=50,satisfiedShare=50 */
                weights?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        asOf: string;
                        /** @description A figure's cases: base + the row's filter + each query of the indicator */
                        drillDown: {
                            /** @description GET /api/v1/cases parameters of the period */
                            base: {
                                [key: string]: string;
                            };
                            indicators: {
                                [key: string]: {
                                    /** @description Queries whose union lists the cases behind the figure */
                                    cases: {
                                        [key: string]: string;
                                    }[];
                                    exact: boolean;
                                    /** @description Case-list parameters that would make it exact */
                                    needs?: {
                                        [key: string]: string;
                                    };
                                    /** @description For a rate: the queries of its denominator */
                                    of?: {
                                        [key: string]: string;
                                    }[];
                                };
                            };
                        };
                        items: {
                            entity: {
                                code: string;
                                name: {
                                    ar: string;
                                    en: string;
                                };
                            };
                            figures: {
                                backlogAge: {
                                    days3to7: number;
                                    days8to30: number;
                                    over30Days: number;
                                    under3Days: number;
                                };
                                closed: number;
                                counts: {
                                    everResolved: number;
                                    firstResponseLate: number;
                                    firstResponseMet: number;
                                    rated: number;
                                    ratedSatisfied: number;
                                    reopened: number;
                                    resolutionLate: number;
                                    resolutionMet: number;
                                    transferred: number;
                                };
                                /** @description % first responses within target (overdue open cases count as late) */
                                firstResponseCompliance: number | null;
                                /** @description Open cases with no first response past its due date */
                                firstResponseOverdue: number;
                                /** @description Mean rating 1–5 of rated resolved cases */
                                meanRating: number | null;
                                meanResolutionMinutes: number | null;
                                /** @description Median working minutes to resolve (bucket middle, see README) */
                                medianResolutionMinutes: number | null;
                                merged: number;
                                /** @description Of them, still open now (the backlog) */
                                open: number;
                                /** @description Open cases past their resolution target */
                                openBreached: number;
                                /** @description 90th percentile working minutes to resolve */
                                p90ResolutionMinutes: number | null;
                                /** @description Cases created in the period (the cohort) */
                                received: number;
                                rejected: number;
                                /** @description % of received that were rejected */
                                rejectionRate: number | null;
                                /** @description % of cases resolved at least once that were reopened */
                                reopenRate: number | null;
                                /** @description % resolved within target (open breached count as late): the response-commitment rate */
                                resolutionCompliance: number | null;
                                /** @description Of them, resolved (status resolved or closed) */
                                resolved: number;
                                /** @description % of received that are resolved */
                                resolvedShare: number | null;
                                /** @description % of ratings that are 4 or 5 */
                                satisfiedShare: number | null;
                                /** @description % of resolved cases rated */
                                surveyResponseRate: number | null;
                                /** @description % of received that were transferred between entities */
                                transferRate: number | null;
                            };
                            filter: {
                                [key: string]: string;
                            };
                            /** @description Other entities hang below it: not ranked among them */
                            parent: boolean;
                            /** @description Among the entities with no entity below them; null for a parent or an entity with no case */
                            rank: number | null;
                            score: number | null;
                            /** @description Among the first or last three ranks; only when at least 7 entities are ranked */
                            standing: ("top" | "bottom") | null;
                            targets: {
                                [key: string]: {
                                    meetsTarget: boolean | null;
                                    national: number | null;
                                    target: number | null;
                                    value: number | null;
                                };
                            };
                        }[];
                        /** @description Every entity pooled */
                        national: {
                            backlogAge: {
                                days3to7: number;
                                days8to30: number;
                                over30Days: number;
                                under3Days: number;
                            };
                            closed: number;
                            counts: {
                                everResolved: number;
                                firstResponseLate: number;
                                firstResponseMet: number;
                                rated: number;
                                ratedSatisfied: number;
                                reopened: number;
                                resolutionLate: number;
                                resolutionMet: number;
                                transferred: number;
                            };
                            /** @description % first responses within target (overdue open cases count as late) */
                            firstResponseCompliance: number | null;
                            /** @description Open cases with no first response past its due date */
                            firstResponseOverdue: number;
                            /** @description Mean rating 1–5 of rated resolved cases */
                            meanRating: number | null;
                            meanResolutionMinutes: number | null;
                            /** @description Median working minutes to resolve (bucket middle, see README) */
                            medianResolutionMinutes: number | null;
                            merged: number;
                            /** @description Of them, still open now (the backlog) */
                            open: number;
                            /** @description Open cases past their resolution target */
                            openBreached: number;
                            /** @description 90th percentile working minutes to resolve */
                            p90ResolutionMinutes: number | null;
                            /** @description Cases created in the period (the cohort) */
                            received: number;
                            rejected: number;
                            /** @description % of received that were rejected */
                            rejectionRate: number | null;
                            /** @description % of cases resolved at least once that were reopened */
                            reopenRate: number | null;
                            /** @description % resolved within target (open breached count as late): the response-commitment rate */
                            resolutionCompliance: number | null;
                            /** @description Of them, resolved (status resolved or closed) */
                            resolved: number;
                            /** @description % of received that are resolved */
                            resolvedShare: number | null;
                            /** @description % of ratings that are 4 or 5 */
                            satisfiedShare: number | null;
                            /** @description % of resolved cases rated */
                            surveyResponseRate: number | null;
                            /** @description % of received that were transferred between entities */
                            transferRate: number | null;
                        };
                        period: {
                            from: string;
                            timeZone: string;
                            to: string;
                        };
                        /** @description How many entities have a rank */
                        rankedEntities: number;
                        /** @description Composite score weights, summing to 1 */
                        weights: {
                            [key: string]: number;
                        };
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getKpiRecognition: {
        parameters: {
            query?: {
                /** @description Fewest cases received to be ranked; default the configured one */
                minCases?: number;
                /** @description A local date in the period; default: the last period that has ended */
                of?: string;
                /** @description The length of the period; default the configured one (a quarter) */
                period?: "month" | "quarter" | "half" | "year";
                /** @description Override the composite score weights, as for GET /kpi/entities */
                weights?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Entities with no entity below them, best first */
                        entities: {
                            /** @description The figures that earned the place */
                            parts: {
                                part: string;
                                /** @description Its 0–100 score: the value, or 100 − value for the reopen rate */
                                score: number | null;
                                /** @description The indicator itself (%) */
                                value: number | null;
                                /** @description Its share of the score (0 when it had nothing to measure) */
                                weight: number;
                            }[];
                            rank: number;
                            received: number;
                            resolved: number;
                            /** @description The composite score, 0–100 */
                            score: number;
                            subject: {
                                code: string;
                                name: {
                                    ar: string;
                                    en: string;
                                };
                            };
                        }[];
                        minCases: number;
                        period: {
                            ended: boolean;
                            from: string;
                            /** @enum {string} */
                            kind: "month" | "quarter" | "half" | "year";
                            timeZone: string;
                            to: string;
                        };
                        /** @description Services, every entity pooled, best first */
                        services: {
                            /** @description The figures that earned the place */
                            parts: {
                                part: string;
                                /** @description Its 0–100 score: the value, or 100 − value for the reopen rate */
                                score: number | null;
                                /** @description The indicator itself (%) */
                                value: number | null;
                                /** @description Its share of the score (0 when it had nothing to measure) */
                                weight: number;
                            }[];
                            rank: number;
                            received: number;
                            resolved: number;
                            /** @description The composite score, 0–100 */
                            score: number;
                            subject: {
                                code: string;
                                name: {
                                    ar: string;
                                    en: string;
                                };
                            };
                        }[];
                        /** @description Composite score weights, summing to 1 */
                        weights: {
                            [key: string]: number;
                        };
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getKpiSuggestions: {
        parameters: {
            query?: {
                /** @description One entity (in scope) */
                entity?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        entities: {
                            answeredLate: number;
                            answeredOnTime: number;
                            /** @description Suggestions that crossed their threshold: a public answer is owed */
                            due: number;
                            entity: components["schemas"]["EntityRef"];
                            /** @description Owed, unanswered, past the due time */
                            overdue: number;
                            /** @description Owed, unanswered, not yet due */
                            pending: number;
                        }[];
                        services: {
                            answeredLate: number;
                            answeredOnTime: number;
                            /** @description Suggestions that crossed their threshold: a public answer is owed */
                            due: number;
                            entity: components["schemas"]["EntityRef"];
                            /** @description Owed, unanswered, past the due time */
                            overdue: number;
                            /** @description Owed, unanswered, not yet due */
                            pending: number;
                            service: {
                                /** @description Service code */
                                code: string;
                                /** @description Service name */
                                name: {
                                    ar: string;
                                    en: string;
                                };
                            };
                        }[];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getKpiSurvey: {
        parameters: {
            query?: {
                /** @description First month (YYYY-MM, or a date in it); default: 11 months before `to` */
                from?: string;
                /** @description Last month (YYYY-MM, or a date in it), included; default: this month */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        period: {
                            from: string;
                            to: string;
                        };
                        rows: {
                            answered: number;
                            confidentiality: number | null;
                            entity: {
                                code: string;
                                name: {
                                    ar: string;
                                    en: string;
                                };
                            };
                            /** @description Followers’ satisfaction: mean of their ratings, two decimals */
                            followerMean: number | null;
                            /** @description Followers’ satisfaction: ratings by the cases’ followers ("mine too", merged cases’ people), counted apart */
                            followerRatings: number;
                            /** @description Resolutions whose survey was offered */
                            invited: number;
                            month: string;
                            /** @description Mean of the overall answers, two decimals */
                            overall: number | null;
                            /** @description Cases a "not solved" answer reopened */
                            reopened: number;
                            /** @description % answered ÷ invited, two decimals */
                            responseRate: number | null;
                            service: {
                                code: string;
                                name: {
                                    ar: string;
                                    en: string;
                                };
                            };
                            simplicity: number | null;
                            /** @description % of answers saying the problem was solved */
                            solvedShare: number | null;
                            speed: number | null;
                        }[];
                        totals: {
                            answered: number;
                            confidentiality: number | null;
                            /** @description Followers’ satisfaction: mean of their ratings, two decimals */
                            followerMean: number | null;
                            /** @description Followers’ satisfaction: ratings by the cases’ followers ("mine too", merged cases’ people), counted apart */
                            followerRatings: number;
                            /** @description Resolutions whose survey was offered */
                            invited: number;
                            /** @description Mean of the overall answers, two decimals */
                            overall: number | null;
                            /** @description Cases a "not solved" answer reopened */
                            reopened: number;
                            /** @description % answered ÷ invited, two decimals */
                            responseRate: number | null;
                            simplicity: number | null;
                            /** @description % of answers saying the problem was solved */
                            solvedShare: number | null;
                            speed: number | null;
                        };
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getKpiTrends: {
        parameters: {
            query: {
                /** @description Weeks start on Sunday; months are calendar months */
                by: "week" | "month";
                channel?: "web" | "mobile" | "hotline" | "email" | "whatsapp" | "social" | "open311" | "walk_in";
                /** @description Only this entity (code) */
                entity?: string;
                /** @description First local date (YYYY-MM-DD), included; default: the first day of the month 11 months before `to` */
                from?: string;
                governorate?: "capital" | "muharraq" | "northern" | "southern";
                /** @description Only this service (code); at most one of service, type, channel, governorate, unit */
                service?: string;
                /** @description Last local date (YYYY-MM-DD), included; default: today */
                to?: string;
                type?: "complaint" | "suggestion" | "inquiry" | "compliment";
                /** @description Only this unit (entity code) */
                unit?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        asOf: string;
                        /** @enum {string} */
                        by: "week" | "month";
                        /** @description A figure's cases: base + the row's filter + each query of the indicator */
                        drillDown: {
                            /** @description GET /api/v1/cases parameters of the period */
                            base: {
                                [key: string]: string;
                            };
                            indicators: {
                                [key: string]: {
                                    /** @description Queries whose union lists the cases behind the figure */
                                    cases: {
                                        [key: string]: string;
                                    }[];
                                    exact: boolean;
                                    /** @description Case-list parameters that would make it exact */
                                    needs?: {
                                        [key: string]: string;
                                    };
                                    /** @description For a rate: the queries of its denominator */
                                    of?: {
                                        [key: string]: string;
                                    }[];
                                };
                            };
                        };
                        filter: {
                            [key: string]: string;
                        };
                        period: {
                            from: string;
                            timeZone: string;
                            to: string;
                        };
                        points: {
                            end: string;
                            figures: {
                                backlogAge: {
                                    days3to7: number;
                                    days8to30: number;
                                    over30Days: number;
                                    under3Days: number;
                                };
                                closed: number;
                                counts: {
                                    everResolved: number;
                                    firstResponseLate: number;
                                    firstResponseMet: number;
                                    rated: number;
                                    ratedSatisfied: number;
                                    reopened: number;
                                    resolutionLate: number;
                                    resolutionMet: number;
                                    transferred: number;
                                };
                                /** @description % first responses within target (overdue open cases count as late) */
                                firstResponseCompliance: number | null;
                                /** @description Open cases with no first response past its due date */
                                firstResponseOverdue: number;
                                /** @description Mean rating 1–5 of rated resolved cases */
                                meanRating: number | null;
                                meanResolutionMinutes: number | null;
                                /** @description Median working minutes to resolve (bucket middle, see README) */
                                medianResolutionMinutes: number | null;
                                merged: number;
                                /** @description Of them, still open now (the backlog) */
                                open: number;
                                /** @description Open cases past their resolution target */
                                openBreached: number;
                                /** @description 90th percentile working minutes to resolve */
                                p90ResolutionMinutes: number | null;
                                /** @description Cases created in the period (the cohort) */
                                received: number;
                                rejected: number;
                                /** @description % of received that were rejected */
                                rejectionRate: number | null;
                                /** @description % of cases resolved at least once that were reopened */
                                reopenRate: number | null;
                                /** @description % resolved within target (open breached count as late): the response-commitment rate */
                                resolutionCompliance: number | null;
                                /** @description Of them, resolved (status resolved or closed) */
                                resolved: number;
                                /** @description % of received that are resolved */
                                resolvedShare: number | null;
                                /** @description % of ratings that are 4 or 5 */
                                satisfiedShare: number | null;
                                /** @description % of resolved cases rated */
                                surveyResponseRate: number | null;
                                /** @description % of received that were transferred between entities */
                                transferRate: number | null;
                            };
                            filter: {
                                [key: string]: string;
                            };
                            start: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getMeNotifications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Channels the account has an address for */
                        available: {
                            email: boolean;
                            sms: boolean;
                        };
                        /** @description Receive notices by email (needs an email address on the account) */
                        email: boolean;
                        /** @enum {string} */
                        kind: "citizen";
                        /** @enum {string} */
                        language: "ar" | "en";
                        /** @description Receive answers back through the relay (WhatsApp, social media) a case came from; unchanged when absent */
                        relay?: boolean;
                        /** @description Receive notices by SMS (needs a phone number on the account) */
                        sms: boolean;
                    } | {
                        /**
                         * @description instant: every notice at once; digest: non-urgent ones in one email a day
                         * @enum {string}
                         */
                        delivery: "instant" | "digest";
                        /** @enum {string} */
                        kind: "staff";
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    putMeNotifications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Receive notices by email (needs an email address on the account) */
                    email: boolean;
                    /**
                     * @description Language of notices not tied to a case
                     * @enum {string}
                     */
                    language?: "ar" | "en";
                    /** @description Receive answers back through the relay (WhatsApp, social media) a case came from; unchanged when absent */
                    relay?: boolean;
                    /** @description Receive notices by SMS (needs a phone number on the account) */
                    sms: boolean;
                } | {
                    /**
                     * @description instant: every notice at once; digest: non-urgent ones in one email a day
                     * @enum {string}
                     */
                    delivery: "instant" | "digest";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Channels the account has an address for */
                        available: {
                            email: boolean;
                            sms: boolean;
                        };
                        /** @description Receive notices by email (needs an email address on the account) */
                        email: boolean;
                        /** @enum {string} */
                        kind: "citizen";
                        /** @enum {string} */
                        language: "ar" | "en";
                        /** @description Receive answers back through the relay (WhatsApp, social media) a case came from; unchanged when absent */
                        relay?: boolean;
                        /** @description Receive notices by SMS (needs a phone number on the account) */
                        sms: boolean;
                    } | {
                        /**
                         * @description instant: every notice at once; digest: non-urgent ones in one email a day
                         * @enum {string}
                         */
                        delivery: "instant" | "digest";
                        /** @enum {string} */
                        kind: "staff";
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getModerationSuggestions: {
        parameters: {
            query?: {
                /** @description Default pending */
                state?: "pending" | "published" | "refused";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            entity: components["schemas"]["EntityRef"];
                            id: number;
                            moderatedAt: string | null;
                            /** @description The citizen's own words (staff only) */
                            originalText: string;
                            publicText: string;
                            redacted: boolean;
                            reference: string;
                            requestedAt: string;
                            service: {
                                /** @description Service code */
                                code: string;
                                /** @description Service name */
                                name: {
                                    ar: string;
                                    en: string;
                                };
                            };
                            /** @enum {string} */
                            state: "pending" | "published" | "refused";
                        }[];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getModerationSuggestionsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Public suggestion id */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        entity: components["schemas"]["EntityRef"];
                        id: number;
                        moderatedAt: string | null;
                        /** @description The citizen's own words (staff only) */
                        originalText: string;
                        publicText: string;
                        redacted: boolean;
                        reference: string;
                        requestedAt: string;
                        service: {
                            /** @description Service code */
                            code: string;
                            /** @description Service name */
                            name: {
                                ar: string;
                                en: string;
                            };
                        };
                        /** @enum {string} */
                        state: "pending" | "published" | "refused";
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    postModerationSuggestionsByIdPublish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Public suggestion id */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The text to show publicly: the citizen's, with personal details edited out */
                    publicText: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        entity: components["schemas"]["EntityRef"];
                        id: number;
                        moderatedAt: string | null;
                        /** @description The citizen's own words (staff only) */
                        originalText: string;
                        publicText: string;
                        redacted: boolean;
                        reference: string;
                        requestedAt: string;
                        service: {
                            /** @description Service code */
                            code: string;
                            /** @description Service name */
                            name: {
                                ar: string;
                                en: string;
                            };
                        };
                        /** @enum {string} */
                        state: "pending" | "published" | "refused";
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    postModerationSuggestionsByIdRefuse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Public suggestion id */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        entity: components["schemas"]["EntityRef"];
                        id: number;
                        moderatedAt: string | null;
                        /** @description The citizen's own words (staff only) */
                        originalText: string;
                        publicText: string;
                        redacted: boolean;
                        reference: string;
                        requestedAt: string;
                        service: {
                            /** @description Service code */
                            code: string;
                            /** @description Service name */
                            name: {
                                ar: string;
                                en: string;
                            };
                        };
                        /** @enum {string} */
                        state: "pending" | "published" | "refused";
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getPracticeAdoptions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getPracticeAdoptionsById: {
        parameters: {
            query?: {
                /** @description Length of each period in days; default 30 */
                days?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getPracticeBenchmarks: {
        parameters: {
            query?: {
                /** @description First local date, included; default: 11 months before `to` */
                from?: string;
                /** @description One service; default: every service with cases in the period */
                service?: string;
                /** @description Last local date, included; default: today */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getPracticeCards: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    postPracticeCards: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The steps, in order */
                    checklist?: {
                        ar: string;
                        en: string;
                    }[];
                    /** @description The entity the card describes; default: the author's own */
                    entityCode?: string;
                    /** @description The service the practice is for */
                    serviceCode: string;
                    summary?: {
                        ar: string;
                        en: string;
                    };
                    title: {
                        ar: string;
                        en: string;
                    };
                    /** @description How the units are set up for this service */
                    unitSetup?: {
                        ar: string;
                        en: string;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getPracticeCardsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    patchPracticeCardsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The steps, in order */
                    checklist?: {
                        ar: string;
                        en: string;
                    }[];
                    /** @description Take the targets, reply texts and figures again as they are now */
                    refresh?: boolean;
                    summary?: {
                        ar: string;
                        en: string;
                    };
                    title?: {
                        ar: string;
                        en: string;
                    };
                    /** @description How the units are set up for this service */
                    unitSetup?: {
                        ar: string;
                        en: string;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    postPracticeCardsByIdAdopt: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    postPracticeCardsByIdPublish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Entity codes the card is recommended to, or 'all' */
                    entities: "all" | string[];
                    note?: {
                        ar: string;
                        en: string;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getPracticeConfiguration: {
        parameters: {
            query: {
                entity?: string;
                service: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getPracticeRecommendations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getPublicMap: {
        parameters: {
            query?: {
                /** @description First month (YYYY-MM, or a date in it); default: 11 months before `to` */
                from?: string;
                /** @description Only cases of this service (code) */
                service?: string;
                /** @description Last month (YYYY-MM, or a date in it), included; default: this month */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cells: {
                            count: number;
                            lat: number;
                            lng: number;
                        }[];
                        gridDegrees: number;
                        located: number;
                        /** @description Cells with fewer cases are left out (privacy) */
                        minimumCount: number;
                        period: {
                            from: string;
                            timeZone: string;
                            to: string;
                        };
                        received: number;
                        service: string | null;
                        /** @description Located cases in left-out cells */
                        suppressed: number;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getPublicRecognition: {
        parameters: {
            query?: {
                /** @description A local date in the period; default: the last period that has ended */
                of?: string;
                /** @description The length of the period; default the configured one (a quarter) */
                period?: "month" | "quarter" | "half" | "year";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Entities with no entity below them, best first */
                        entities: {
                            /** @description The figures that earned the place */
                            parts: {
                                part: string;
                                /** @description Its 0–100 score: the value, or 100 − value for the reopen rate */
                                score: number | null;
                                /** @description The indicator itself (%) */
                                value: number | null;
                                /** @description Its share of the score (0 when it had nothing to measure) */
                                weight: number;
                            }[];
                            rank: number;
                            received: number;
                            resolved: number;
                            /** @description The composite score, 0–100 */
                            score: number;
                            subject: {
                                code: string;
                                name: {
                                    ar: string;
                                    en: string;
                                };
                            };
                        }[];
                        minCases: number;
                        period: {
                            ended: boolean;
                            from: string;
                            /** @enum {string} */
                            kind: "month" | "quarter" | "half" | "year";
                            timeZone: string;
                            to: string;
                        };
                        /** @description Services, every entity pooled, best first */
                        services: {
                            /** @description The figures that earned the place */
                            parts: {
                                part: string;
                                /** @description Its 0–100 score: the value, or 100 − value for the reopen rate */
                                score: number | null;
                                /** @description The indicator itself (%) */
                                value: number | null;
                                /** @description Its share of the score (0 when it had nothing to measure) */
                                weight: number;
                            }[];
                            rank: number;
                            received: number;
                            resolved: number;
                            /** @description The composite score, 0–100 */
                            score: number;
                            subject: {
                                code: string;
                                name: {
                                    ar: string;
                                    en: string;
                                };
                            };
                        }[];
                        /** @description Composite score weights, summing to 1 */
                        weights: {
                            [key: string]: number;
                        };
                    };
                };
            };
            400: components["responses"]["Problem400"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getPublicStats: {
        parameters: {
            query?: {
                /** @description First month (YYYY-MM, or a date in it); default: 11 months before `to` */
                from?: string;
                /** @description Last month (YYYY-MM, or a date in it), included; default: this month */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        asOf: string;
                        entities: {
                            entity: {
                                code: string;
                                name: {
                                    ar: string;
                                    en: string;
                                };
                            };
                            months: {
                                closed: number;
                                firstResponseCompliance: number | null;
                                meanRating: number | null;
                                medianResolutionMinutes: number | null;
                                /** @description YYYY-MM */
                                month: string;
                                open: number;
                                received: number;
                                rejected: number;
                                reopenRate: number | null;
                                resolutionCompliance: number | null;
                                resolved: number;
                                resolvedShare: number | null;
                                satisfiedShare: number | null;
                                surveyResponseRate: number | null;
                            }[];
                            totals: {
                                closed: number;
                                firstResponseCompliance: number | null;
                                meanRating: number | null;
                                medianResolutionMinutes: number | null;
                                open: number;
                                received: number;
                                rejected: number;
                                reopenRate: number | null;
                                resolutionCompliance: number | null;
                                resolved: number;
                                resolvedShare: number | null;
                                satisfiedShare: number | null;
                                surveyResponseRate: number | null;
                            };
                        }[];
                        months: string[];
                        national: {
                            months: {
                                closed: number;
                                firstResponseCompliance: number | null;
                                meanRating: number | null;
                                medianResolutionMinutes: number | null;
                                /** @description YYYY-MM */
                                month: string;
                                open: number;
                                received: number;
                                rejected: number;
                                reopenRate: number | null;
                                resolutionCompliance: number | null;
                                resolved: number;
                                resolvedShare: number | null;
                                satisfiedShare: number | null;
                                surveyResponseRate: number | null;
                            }[];
                            totals: {
                                closed: number;
                                firstResponseCompliance: number | null;
                                meanRating: number | null;
                                medianResolutionMinutes: number | null;
                                open: number;
                                received: number;
                                rejected: number;
                                reopenRate: number | null;
                                resolutionCompliance: number | null;
                                resolved: number;
                                resolvedShare: number | null;
                                satisfiedShare: number | null;
                                surveyResponseRate: number | null;
                            };
                        };
                        period: {
                            from: string;
                            timeZone: string;
                            to: string;
                        };
                        services: {
                            months: {
                                closed: number;
                                firstResponseCompliance: number | null;
                                meanRating: number | null;
                                medianResolutionMinutes: number | null;
                                /** @description YYYY-MM */
                                month: string;
                                open: number;
                                received: number;
                                rejected: number;
                                reopenRate: number | null;
                                resolutionCompliance: number | null;
                                resolved: number;
                                resolvedShare: number | null;
                                satisfiedShare: number | null;
                                surveyResponseRate: number | null;
                            }[];
                            service: {
                                code: string;
                                name: {
                                    ar: string;
                                    en: string;
                                };
                            };
                            totals: {
                                closed: number;
                                firstResponseCompliance: number | null;
                                meanRating: number | null;
                                medianResolutionMinutes: number | null;
                                open: number;
                                received: number;
                                rejected: number;
                                reopenRate: number | null;
                                resolutionCompliance: number | null;
                                resolved: number;
                                resolvedShare: number | null;
                                satisfiedShare: number | null;
                                surveyResponseRate: number | null;
                            };
                        }[];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getPublicStatsCsv: {
        parameters: {
            query?: {
                /** @description First month (YYYY-MM, or a date in it); default: 11 months before `to` */
                from?: string;
                /** @description Last month (YYYY-MM, or a date in it), included; default: this month */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getPublicStatsJson: {
        parameters: {
            query?: {
                /** @description First month (YYYY-MM, or a date in it); default: 11 months before `to` */
                from?: string;
                /** @description Last month (YYYY-MM, or a date in it), included; default: this month */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getPublicSuggestions: {
        parameters: {
            query?: {
                /** @description Entity code */
                entity?: string;
                /** @description Governorate code */
                governorate?: "capital" | "muharraq" | "northern" | "southern";
                /** @description Page, from 1 */
                page?: number;
                /** @description Suggestions per page (default 20) */
                pageSize?: number;
                /** @description Words to search for (Arabic-aware: normalised, stems matched) */
                q?: string;
                /** @description Service code */
                service?: string;
                /** @description Public state */
                state?: "received" | "under_study" | "accepted" | "in_progress" | "implemented" | "declined" | "closed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            answer: {
                                /** @description ISO 8601: the first decision or public reply */
                                answeredAt: string | null;
                                /** @description Set once the entity accepted the suggestion */
                                plan: {
                                    /** @description Estimated cost, as a band (none, low, medium, high) */
                                    costBand: string | null;
                                    /** @description Local date (YYYY-MM-DD) */
                                    targetDate: string | null;
                                    /** @description The planned action */
                                    text: string | null;
                                } | null;
                                /** @enum {string} */
                                state: "received" | "under_study" | "accepted" | "in_progress" | "implemented" | "declined" | "closed";
                            };
                            entity: components["schemas"]["EntityRef"];
                            governorate: ("capital" | "muharraq" | "northern" | "southern") | null;
                            /** @description Public id (not the case reference) */
                            id: number;
                            publishedAt: string;
                            service: {
                                /** @description Service code */
                                code: string;
                                /** @description Service name */
                                name: {
                                    ar: string;
                                    en: string;
                                };
                            };
                            /** @enum {string} */
                            state: "received" | "under_study" | "accepted" | "in_progress" | "implemented" | "declined" | "closed";
                            supportCount: number;
                            /** @description For a signed-in citizen: whether they already support it */
                            supportedByMe?: boolean;
                            /** @description The published text (reviewed; personal details edited out) */
                            text: string;
                            /** @description The support threshold that applies, if any */
                            threshold: {
                                /** @description ISO 8601: the public answer is due by then (working time) */
                                answerDueAt: string | null;
                                crossedAt: string | null;
                                overdue: boolean;
                                /** @description Supporters that oblige a public answer */
                                required: number;
                            } | null;
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getPublicSuggestionsCsv: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getPublicSuggestionsJson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getPublicSuggestionsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Public suggestion id */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        answer: {
                            /** @description ISO 8601: the first decision or public reply */
                            answeredAt: string | null;
                            /** @description Set once the entity accepted the suggestion */
                            plan: {
                                /** @description Estimated cost, as a band (none, low, medium, high) */
                                costBand: string | null;
                                /** @description Local date (YYYY-MM-DD) */
                                targetDate: string | null;
                                /** @description The planned action */
                                text: string | null;
                            } | null;
                            /** @enum {string} */
                            state: "received" | "under_study" | "accepted" | "in_progress" | "implemented" | "declined" | "closed";
                        };
                        entity: components["schemas"]["EntityRef"];
                        governorate: ("capital" | "muharraq" | "northern" | "southern") | null;
                        /** @description Public id (not the case reference) */
                        id: number;
                        publishedAt: string;
                        service: {
                            /** @description Service code */
                            code: string;
                            /** @description Service name */
                            name: {
                                ar: string;
                                en: string;
                            };
                        };
                        /** @enum {string} */
                        state: "received" | "under_study" | "accepted" | "in_progress" | "implemented" | "declined" | "closed";
                        supportCount: number;
                        /** @description For a signed-in citizen: whether they already support it */
                        supportedByMe?: boolean;
                        /** @description The published text (reviewed; personal details edited out) */
                        text: string;
                        /** @description The support threshold that applies, if any */
                        threshold: {
                            /** @description ISO 8601: the public answer is due by then (working time) */
                            answerDueAt: string | null;
                            crossedAt: string | null;
                            overdue: boolean;
                            /** @description Supporters that oblige a public answer */
                            required: number;
                        } | null;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    postPublicSuggestionsByIdSupport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Public suggestion id */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        supportCount: number;
                        /** @enum {boolean} */
                        supported: true;
                        thresholdCrossed: boolean;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getPublicSurvey: {
        parameters: {
            query?: {
                /** @description First month (YYYY-MM, or a date in it); default: 11 months before `to` */
                from?: string;
                /** @description Last month (YYYY-MM, or a date in it), included; default: this month */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        entities: {
                            entity: {
                                code: string;
                                name: {
                                    ar: string;
                                    en: string;
                                };
                            };
                            months: {
                                answered: number;
                                confidentiality: number | null;
                                /** @description Followers’ satisfaction: mean of their ratings, two decimals */
                                followerMean: number | null;
                                /** @description Followers’ satisfaction: ratings by the cases’ followers ("mine too", merged cases’ people), counted apart */
                                followerRatings: number;
                                /** @description Resolutions whose survey was offered */
                                invited: number;
                                month: string;
                                /** @description Mean of the overall answers, two decimals */
                                overall: number | null;
                                /** @description Cases a "not solved" answer reopened */
                                reopened: number;
                                /** @description % answered ÷ invited, two decimals */
                                responseRate: number | null;
                                simplicity: number | null;
                                /** @description % of answers saying the problem was solved */
                                solvedShare: number | null;
                                speed: number | null;
                            }[];
                            totals: {
                                answered: number;
                                confidentiality: number | null;
                                /** @description Followers’ satisfaction: mean of their ratings, two decimals */
                                followerMean: number | null;
                                /** @description Followers’ satisfaction: ratings by the cases’ followers ("mine too", merged cases’ people), counted apart */
                                followerRatings: number;
                                /** @description Resolutions whose survey was offered */
                                invited: number;
                                /** @description Mean of the overall answers, two decimals */
                                overall: number | null;
                                /** @description Cases a "not solved" answer reopened */
                                reopened: number;
                                /** @description % answered ÷ invited, two decimals */
                                responseRate: number | null;
                                simplicity: number | null;
                                /** @description % of answers saying the problem was solved */
                                solvedShare: number | null;
                                speed: number | null;
                            };
                        }[];
                        national: {
                            answered: number;
                            confidentiality: number | null;
                            /** @description Followers’ satisfaction: mean of their ratings, two decimals */
                            followerMean: number | null;
                            /** @description Followers’ satisfaction: ratings by the cases’ followers ("mine too", merged cases’ people), counted apart */
                            followerRatings: number;
                            /** @description Resolutions whose survey was offered */
                            invited: number;
                            /** @description Mean of the overall answers, two decimals */
                            overall: number | null;
                            /** @description Cases a "not solved" answer reopened */
                            reopened: number;
                            /** @description % answered ÷ invited, two decimals */
                            responseRate: number | null;
                            simplicity: number | null;
                            /** @description % of answers saying the problem was solved */
                            solvedShare: number | null;
                            speed: number | null;
                        };
                        period: {
                            from: string;
                            to: string;
                        };
                    };
                };
            };
            400: components["responses"]["Problem400"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getRejectionReasons: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            code: string;
                            name: {
                                ar: string;
                                en: string;
                            };
                        }[];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    postRelaysByChannelReceipts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The relay: whatsapp, social or email */
                channel: "whatsapp" | "social" | "email";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date-time
                     * @description When it happened (default: when the receipt arrives)
                     */
                    at?: string;
                    /** @description For failed: the provider’s reason */
                    error?: string;
                    /**
                     * Format: uuid
                     * @description The `messageId` of the message Tawasul sent through the relay
                     */
                    messageId: string;
                    /** @description The relay's id of this receipt; a second receipt with the same id is refused */
                    receiptId: string;
                    /**
                     * @description What became of the message
                     * @enum {string}
                     */
                    state: "delivered" | "read" | "failed";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        messageId: string;
                        /**
                         * @description The state now recorded (a later receipt never moves read back to delivered)
                         * @enum {string}
                         */
                        state: "delivered" | "read" | "failed";
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getReplyTemplates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    postReplyTemplates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description The action it goes with; default none
                     * @enum {string}
                     */
                    action?: "none" | "reply" | "request-info" | "resolve";
                    /** @description May hold {reference}, {service}, {dueDate}, {firstName} and {staffName} */
                    body: {
                        ar: string;
                        en: string;
                    };
                    /** @description What staff pick it by */
                    name: string;
                    position?: number;
                    /** @description The service it is for; absent or null: every service */
                    serviceCode?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    patchReplyTemplatesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description The action it goes with; default none
                     * @enum {string}
                     */
                    action?: "none" | "reply" | "request-info" | "resolve";
                    /** @description May hold {reference}, {service}, {dueDate}, {firstName} and {staffName} */
                    body?: {
                        ar: string;
                        en: string;
                    };
                    /** @description What staff pick it by */
                    name?: string;
                    position?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    listServices: {
        parameters: {
            query?: {
                /** @description Only services of this group code */
                group?: string;
                /** @description Search words, Arabic or English; spelling variants match */
                q?: string;
                /** @description Only services accepting this case type */
                type?: "complaint" | "suggestion" | "inquiry" | "compliment";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description Whether a case may be sent without contact details */
                            anonymousAllowed: boolean;
                            /** @description Extra questions */
                            attributes: {
                                /** @description ASCII code of the question; the key in a case's attributes */
                                code: string;
                                /**
                                 * @description Open311 datatype
                                 * @enum {string}
                                 */
                                datatype: "string" | "number" | "datetime" | "text" | "singlevaluelist" | "multivaluelist";
                                /** @description Help text */
                                description: {
                                    ar: string;
                                    en: string;
                                };
                                /** @description The question */
                                name: {
                                    ar: string;
                                    en: string;
                                };
                                /** @description Position in the form */
                                order: number;
                                required: boolean;
                                /** @description Allowed answers of a single- or multi-value list; empty otherwise */
                                values: {
                                    key: string;
                                    name: {
                                        ar: string;
                                        en: string;
                                    };
                                }[];
                            }[];
                            /** @description ASCII service code */
                            code: string;
                            description: {
                                ar: string;
                                en: string;
                            };
                            entity: components["schemas"]["EntityRef"];
                            /** @description The group the service is listed under */
                            group: {
                                code: string;
                                name: {
                                    ar: string;
                                    en: string;
                                };
                            };
                            keywords: string[];
                            name: {
                                ar: string;
                                en: string;
                            };
                            /** @description Case types the service accepts */
                            types: ("complaint" | "suggestion" | "inquiry" | "compliment")[];
                        }[];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Whether a case may be sent without contact details */
                        anonymousAllowed: boolean;
                        /** @description Extra questions */
                        attributes: {
                            /** @description ASCII code of the question; the key in a case's attributes */
                            code: string;
                            /**
                             * @description Open311 datatype
                             * @enum {string}
                             */
                            datatype: "string" | "number" | "datetime" | "text" | "singlevaluelist" | "multivaluelist";
                            /** @description Help text */
                            description: {
                                ar: string;
                                en: string;
                            };
                            /** @description The question */
                            name: {
                                ar: string;
                                en: string;
                            };
                            /** @description Position in the form */
                            order: number;
                            required: boolean;
                            /** @description Allowed answers of a single- or multi-value list; empty otherwise */
                            values: {
                                key: string;
                                name: {
                                    ar: string;
                                    en: string;
                                };
                            }[];
                        }[];
                        /** @description ASCII service code */
                        code: string;
                        description: {
                            ar: string;
                            en: string;
                        };
                        entity: components["schemas"]["EntityRef"];
                        /** @description The group the service is listed under */
                        group: {
                            code: string;
                            name: {
                                ar: string;
                                en: string;
                            };
                        };
                        keywords: string[];
                        name: {
                            ar: string;
                            en: string;
                        };
                        /** @description Case types the service accepts */
                        types: ("complaint" | "suggestion" | "inquiry" | "compliment")[];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            404: components["responses"]["Problem404"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getStaff: {
        parameters: {
            query?: {
                assignable?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            entity: string;
                            id: number;
                            name: string;
                            /** @enum {string} */
                            role: "agent" | "officer" | "supervisor" | "entity_admin" | "coordinator" | "analyst";
                        }[];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Prometheus text exposition */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description Neither the token nor an allowed network */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
        };
    };
    getOpen311DiscoveryJson: {
        parameters: {
            query?: {
                /** @description Optional; must name this server's jurisdiction when given */
                jurisdiction_id?: string;
                /** @description ar or en (default: Accept-Language, else ar) */
                locale?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Open311Error400"];
            404: components["responses"]["Open311Error404"];
            500: components["responses"]["Open311Error500"];
            503: components["responses"]["Open311Error503"];
        };
    };
    getOpen311DiscoveryXml: {
        parameters: {
            query?: {
                /** @description Optional; must name this server's jurisdiction when given */
                jurisdiction_id?: string;
                /** @description ar or en (default: Accept-Language, else ar) */
                locale?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Open311Error400"];
            404: components["responses"]["Open311Error404"];
            500: components["responses"]["Open311Error500"];
            503: components["responses"]["Open311Error503"];
        };
    };
    getOpen311RequestsJson: {
        parameters: {
            query?: {
                /** @description Latest requested_datetime, W3C; default now */
                end_date?: string;
                /** @description true adds notes[] and extended_attributes */
                extensions?: string;
                /** @description Optional; must name this server's jurisdiction when given */
                jurisdiction_id?: string;
                /** @description ar or en (default: Accept-Language, else ar) */
                locale?: string;
                /** @description Comma-separated service codes */
                service_code?: string;
                /** @description Comma-separated case references; overrides every other filter */
                service_request_id?: string;
                /** @description Earliest requested_datetime, W3C; default 90 days before end_date */
                start_date?: string;
                /** @description open, closed or both, comma-separated */
                status?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Open311Error400"];
            404: components["responses"]["Open311Error404"];
            500: components["responses"]["Open311Error500"];
            503: components["responses"]["Open311Error503"];
        };
    };
    postOpen311RequestsJson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Submitter account in the client */
                    account_id?: string;
                    /** @description An address identifier, when there are no coordinates */
                    address_id?: string;
                    /** @description Address or landmark, when there are no coordinates */
                    address_string?: string;
                    /** @description API key (or in the query string) */
                    api_key?: string;
                    /** @description Up to 4,000 characters; CRLF accepted */
                    description?: string;
                    /** @description Submitting device */
                    device_id?: string;
                    /** @description Submitter email */
                    email?: string;
                    /** @description Submitter first name */
                    first_name?: string;
                    /** @description Optional; must name this server's jurisdiction when given */
                    jurisdiction_id?: string;
                    /** @description Submitter last name */
                    last_name?: string;
                    /** @description Latitude, WGS 84 (with long) */
                    lat?: string;
                    /** @description ar or en (default: Accept-Language, else ar) */
                    locale?: string;
                    /** @description Longitude, WGS 84 (with lat) */
                    long?: string;
                    /** @description A link to a photo hosted elsewhere */
                    media_url?: string;
                    /** @description Submitter phone */
                    phone?: string;
                    /** @description The service */
                    service_code?: string;
                } & {
                    [key: string]: unknown;
                };
                "application/x-www-form-urlencoded": {
                    /** @description Submitter account in the client */
                    account_id?: string;
                    /** @description An address identifier, when there are no coordinates */
                    address_id?: string;
                    /** @description Address or landmark, when there are no coordinates */
                    address_string?: string;
                    /** @description API key (or in the query string) */
                    api_key?: string;
                    /** @description Up to 4,000 characters; CRLF accepted */
                    description?: string;
                    /** @description Submitting device */
                    device_id?: string;
                    /** @description Submitter email */
                    email?: string;
                    /** @description Submitter first name */
                    first_name?: string;
                    /** @description Optional; must name this server's jurisdiction when given */
                    jurisdiction_id?: string;
                    /** @description Submitter last name */
                    last_name?: string;
                    /** @description Latitude, WGS 84 (with long) */
                    lat?: string;
                    /** @description ar or en (default: Accept-Language, else ar) */
                    locale?: string;
                    /** @description Longitude, WGS 84 (with lat) */
                    long?: string;
                    /** @description A link to a photo hosted elsewhere */
                    media_url?: string;
                    /** @description Submitter phone */
                    phone?: string;
                    /** @description The service */
                    service_code?: string;
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Open311Error400"];
            403: components["responses"]["Open311Error403"];
            404: components["responses"]["Open311Error404"];
            429: components["responses"]["Open311Error429"];
            500: components["responses"]["Open311Error500"];
            503: components["responses"]["Open311Error503"];
        };
    };
    getOpen311RequestsXml: {
        parameters: {
            query?: {
                /** @description Latest requested_datetime, W3C; default now */
                end_date?: string;
                /** @description true adds notes[] and extended_attributes */
                extensions?: string;
                /** @description Optional; must name this server's jurisdiction when given */
                jurisdiction_id?: string;
                /** @description ar or en (default: Accept-Language, else ar) */
                locale?: string;
                /** @description Comma-separated service codes */
                service_code?: string;
                /** @description Comma-separated case references; overrides every other filter */
                service_request_id?: string;
                /** @description Earliest requested_datetime, W3C; default 90 days before end_date */
                start_date?: string;
                /** @description open, closed or both, comma-separated */
                status?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Open311Error400"];
            404: components["responses"]["Open311Error404"];
            500: components["responses"]["Open311Error500"];
            503: components["responses"]["Open311Error503"];
        };
    };
    postOpen311RequestsXml: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Submitter account in the client */
                    account_id?: string;
                    /** @description An address identifier, when there are no coordinates */
                    address_id?: string;
                    /** @description Address or landmark, when there are no coordinates */
                    address_string?: string;
                    /** @description API key (or in the query string) */
                    api_key?: string;
                    /** @description Up to 4,000 characters; CRLF accepted */
                    description?: string;
                    /** @description Submitting device */
                    device_id?: string;
                    /** @description Submitter email */
                    email?: string;
                    /** @description Submitter first name */
                    first_name?: string;
                    /** @description Optional; must name this server's jurisdiction when given */
                    jurisdiction_id?: string;
                    /** @description Submitter last name */
                    last_name?: string;
                    /** @description Latitude, WGS 84 (with long) */
                    lat?: string;
                    /** @description ar or en (default: Accept-Language, else ar) */
                    locale?: string;
                    /** @description Longitude, WGS 84 (with lat) */
                    long?: string;
                    /** @description A link to a photo hosted elsewhere */
                    media_url?: string;
                    /** @description Submitter phone */
                    phone?: string;
                    /** @description The service */
                    service_code?: string;
                } & {
                    [key: string]: unknown;
                };
                "application/x-www-form-urlencoded": {
                    /** @description Submitter account in the client */
                    account_id?: string;
                    /** @description An address identifier, when there are no coordinates */
                    address_id?: string;
                    /** @description Address or landmark, when there are no coordinates */
                    address_string?: string;
                    /** @description API key (or in the query string) */
                    api_key?: string;
                    /** @description Up to 4,000 characters; CRLF accepted */
                    description?: string;
                    /** @description Submitting device */
                    device_id?: string;
                    /** @description Submitter email */
                    email?: string;
                    /** @description Submitter first name */
                    first_name?: string;
                    /** @description Optional; must name this server's jurisdiction when given */
                    jurisdiction_id?: string;
                    /** @description Submitter last name */
                    last_name?: string;
                    /** @description Latitude, WGS 84 (with long) */
                    lat?: string;
                    /** @description ar or en (default: Accept-Language, else ar) */
                    locale?: string;
                    /** @description Longitude, WGS 84 (with lat) */
                    long?: string;
                    /** @description A link to a photo hosted elsewhere */
                    media_url?: string;
                    /** @description Submitter phone */
                    phone?: string;
                    /** @description The service */
                    service_code?: string;
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Open311Error400"];
            403: components["responses"]["Open311Error403"];
            404: components["responses"]["Open311Error404"];
            429: components["responses"]["Open311Error429"];
            500: components["responses"]["Open311Error500"];
            503: components["responses"]["Open311Error503"];
        };
    };
    getOpen311RequestsByIdJson: {
        parameters: {
            query?: {
                /** @description true adds notes[] and extended_attributes */
                extensions?: string;
                /** @description Optional; must name this server's jurisdiction when given */
                jurisdiction_id?: string;
                /** @description ar or en (default: Accept-Language, else ar) */
                locale?: string;
            };
            header?: never;
            path: {
                /** @description service_request_id: the case reference */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Open311Error400"];
            404: components["responses"]["Open311Error404"];
            500: components["responses"]["Open311Error500"];
            503: components["responses"]["Open311Error503"];
        };
    };
    getOpen311RequestsByIdXml: {
        parameters: {
            query?: {
                /** @description true adds notes[] and extended_attributes */
                extensions?: string;
                /** @description Optional; must name this server's jurisdiction when given */
                jurisdiction_id?: string;
                /** @description ar or en (default: Accept-Language, else ar) */
                locale?: string;
            };
            header?: never;
            path: {
                /** @description service_request_id: the case reference */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Open311Error400"];
            404: components["responses"]["Open311Error404"];
            500: components["responses"]["Open311Error500"];
            503: components["responses"]["Open311Error503"];
        };
    };
    getOpen311ServicerequestupdatesJson: {
        parameters: {
            query?: {
                /** @description Latest updated_datetime, W3C; default now */
                end_date?: string;
                /** @description Optional; must name this server's jurisdiction when given */
                jurisdiction_id?: string;
                /** @description ar or en (default: Accept-Language, else ar) */
                locale?: string;
                /** @description Earliest updated_datetime, W3C; default 90 days before end_date */
                start_date?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Open311Error400"];
            404: components["responses"]["Open311Error404"];
            500: components["responses"]["Open311Error500"];
            503: components["responses"]["Open311Error503"];
        };
    };
    getOpen311ServicerequestupdatesXml: {
        parameters: {
            query?: {
                /** @description Latest updated_datetime, W3C; default now */
                end_date?: string;
                /** @description Optional; must name this server's jurisdiction when given */
                jurisdiction_id?: string;
                /** @description ar or en (default: Accept-Language, else ar) */
                locale?: string;
                /** @description Earliest updated_datetime, W3C; default 90 days before end_date */
                start_date?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Open311Error400"];
            404: components["responses"]["Open311Error404"];
            500: components["responses"]["Open311Error500"];
            503: components["responses"]["Open311Error503"];
        };
    };
    getOpen311ServicesJson: {
        parameters: {
            query?: {
                /** @description Optional; must name this server's jurisdiction when given */
                jurisdiction_id?: string;
                /** @description ar or en (default: Accept-Language, else ar) */
                locale?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Open311Error400"];
            404: components["responses"]["Open311Error404"];
            500: components["responses"]["Open311Error500"];
            503: components["responses"]["Open311Error503"];
        };
    };
    getOpen311ServicesXml: {
        parameters: {
            query?: {
                /** @description Optional; must name this server's jurisdiction when given */
                jurisdiction_id?: string;
                /** @description ar or en (default: Accept-Language, else ar) */
                locale?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Open311Error400"];
            404: components["responses"]["Open311Error404"];
            500: components["responses"]["Open311Error500"];
            503: components["responses"]["Open311Error503"];
        };
    };
    getOpen311ServicesByCodeJson: {
        parameters: {
            query?: {
                /** @description Optional; must name this server's jurisdiction when given */
                jurisdiction_id?: string;
                /** @description ar or en (default: Accept-Language, else ar) */
                locale?: string;
            };
            header?: never;
            path: {
                /** @description service_code */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Open311Error400"];
            404: components["responses"]["Open311Error404"];
            500: components["responses"]["Open311Error500"];
            503: components["responses"]["Open311Error503"];
        };
    };
    getOpen311ServicesByCodeXml: {
        parameters: {
            query?: {
                /** @description Optional; must name this server's jurisdiction when given */
                jurisdiction_id?: string;
                /** @description ar or en (default: Accept-Language, else ar) */
                locale?: string;
            };
            header?: never;
            path: {
                /** @description service_code */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Open311Error400"];
            404: components["responses"]["Open311Error404"];
            500: components["responses"]["Open311Error500"];
            503: components["responses"]["Open311Error503"];
        };
    };
    getOpen311TokensByTokenJson: {
        parameters: {
            query?: {
                /** @description Optional; must name this server's jurisdiction when given */
                jurisdiction_id?: string;
                /** @description ar or en (default: Accept-Language, else ar) */
                locale?: string;
            };
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Open311Error400"];
            404: components["responses"]["Open311Error404"];
            500: components["responses"]["Open311Error500"];
            503: components["responses"]["Open311Error503"];
        };
    };
    getOpen311TokensByTokenXml: {
        parameters: {
            query?: {
                /** @description Optional; must name this server's jurisdiction when given */
                jurisdiction_id?: string;
                /** @description ar or en (default: Accept-Language, else ar) */
                locale?: string;
            };
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Open311Error400"];
            404: components["responses"]["Open311Error404"];
            500: components["responses"]["Open311Error500"];
            503: components["responses"]["Open311Error503"];
        };
    };
    webhookCasecreated: {
        parameters: {
            query?: never;
            header: {
                /** @description The message id: the same on every retry, so a receiver can drop a redelivery. */
                "Idempotency-Key": string;
                /** @description `sha256=` and the hex HMAC-SHA256 of `{timestamp}.{raw body}` with the secret shared with this endpoint. */
                "X-Tawasul-Signature": string;
                /** @description Unix seconds when the message was signed; refuse one far from your clock to bound replays. */
                "X-Tawasul-Timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CaseEvent"];
            };
        };
        responses: {
            /** @description Received; any 2xx ends the delivery. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else (or no answer in time) is retried from the outbox with backoff, then parked. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookCaseresolved: {
        parameters: {
            query?: never;
            header: {
                /** @description The message id: the same on every retry, so a receiver can drop a redelivery. */
                "Idempotency-Key": string;
                /** @description `sha256=` and the hex HMAC-SHA256 of `{timestamp}.{raw body}` with the secret shared with this endpoint. */
                "X-Tawasul-Signature": string;
                /** @description Unix seconds when the message was signed; refuse one far from your clock to bound replays. */
                "X-Tawasul-Timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CaseEvent"];
            };
        };
        responses: {
            /** @description Received; any 2xx ends the delivery. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else (or no answer in time) is retried from the outbox with backoff, then parked. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookCasestatuschanged: {
        parameters: {
            query?: never;
            header: {
                /** @description The message id: the same on every retry, so a receiver can drop a redelivery. */
                "Idempotency-Key": string;
                /** @description `sha256=` and the hex HMAC-SHA256 of `{timestamp}.{raw body}` with the secret shared with this endpoint. */
                "X-Tawasul-Signature": string;
                /** @description Unix seconds when the message was signed; refuse one far from your clock to bound replays. */
                "X-Tawasul-Timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CaseEvent"];
            };
        };
        responses: {
            /** @description Received; any 2xx ends the delivery. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else (or no answer in time) is retried from the outbox with backoff, then parked. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookRelaymessage: {
        parameters: {
            query?: never;
            header: {
                /** @description The message id: the same on every retry, so a receiver can drop a redelivery. */
                "Idempotency-Key": string;
                /** @description `sha256=` and the hex HMAC-SHA256 of `{timestamp}.{raw body}` with the secret shared with this endpoint. */
                "X-Tawasul-Signature": string;
                /** @description Unix seconds when the message was signed; refuse one far from your clock to bound replays. */
                "X-Tawasul-Timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RelayMessage"];
            };
        };
        responses: {
            /** @description Received; any 2xx ends the delivery. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else (or no answer in time) is retried from the outbox with backoff, then parked. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
