import { z } from 'zod';

/**
 * The sync server's HTTP API, version 1: what a workstation and the server say to each other.
 * Both sides validate with these schemas; docs/sync-protocol.md explains the rules behind them.
 *
 * Every body is JSON. Events travel in wire form (desk-log/wire-event.ts: payload instants as
 * ISO-8601 UTC) and are checked with the desk log's own schemas on arrival, by the server and by
 * the workstation.
 *
 * | call | who | path |
 * | --- | --- | --- |
 * | health | anyone | `GET /v1/health` |
 * | create a desk | admin | `POST /v1/desks` |
 * | make an enrolment code | admin | `POST /v1/desks/:deskId/enrolment-codes` |
 * | list workstations | admin | `GET /v1/desks/:deskId/workstations` |
 * | revoke a workstation | admin | `DELETE /v1/desks/:deskId/workstations/:workstation` |
 * | enrol | a code | `POST /v1/enrol` |
 * | push | a workstation | `POST /v1/desks/:deskId/events` |
 * | pull | a workstation | `GET /v1/desks/:deskId/events?after=N&limit=M` |
 * | wake-ups | a workstation | `GET /v1/desks/:deskId/wake` (server-sent events) |
 * | digest | a workstation | `GET /v1/desks/:deskId/digest` |
 *
 * Admin calls carry `Authorization: Bearer <admin token>`; workstation calls carry the token that
 * enrolment gave. A token only ever opens its own desk: any other `:deskId` is 403.
 */
export const SYNC_API_VERSION = 'v1';

export const syncPaths = {
  health: '/v1/health',
  desks: '/v1/desks',
  enrolmentCodes: (deskId: string) => `/v1/desks/${encodeURIComponent(deskId)}/enrolment-codes`,
  workstations: (deskId: string) => `/v1/desks/${encodeURIComponent(deskId)}/workstations`,
  workstation: (deskId: string, workstation: string) => `/v1/desks/${encodeURIComponent(deskId)}/workstations/${encodeURIComponent(workstation)}`,
  enrol: '/v1/enrol',
  events: (deskId: string) => `/v1/desks/${encodeURIComponent(deskId)}/events`,
  wake: (deskId: string) => `/v1/desks/${encodeURIComponent(deskId)}/wake`,
  digest: (deskId: string) => `/v1/desks/${encodeURIComponent(deskId)}/digest`,
} as const;

/** Most events one push may carry; a workstation with more sends several batches. */
export const MAX_PUSH_EVENTS = 1000;
/** Most events one pull page holds (the client asks for at most this many). */
export const MAX_PULL_LIMIT = 5000;
export const DEFAULT_PULL_LIMIT = 1000;
/** The server-sent event that says a desk advanced; its data is `WakeUp` as JSON. */
export const WAKE_EVENT = 'advanced';

const id = z.string().min(1, 'must not be empty').max(100, 'must be at most 100 characters');
const name = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');
/** A workstation's ticket-number code (T, A, B … AB). */
const ticketCode = z.string().regex(/^[A-Z]{1,3}$/, 'must be one to three capital letters');
/** A position in a desk's order: 0 before the first event. */
const cursor = z.number().int().min(0);

export const createDeskRequest = z.object({ name, deskId: id.optional() }).strict();
export const createDeskResponse = z.object({ deskId: id, name }).strict();

export const enrolmentCodeRequest = z
  .object({
    /** Who the code is for, as the admin will see it in the workstation list. */
    label: z.string().max(200).optional(),
    /** How long the code can be used; one use at most. */
    validMinutes: z.number().int().min(1).max(10_080).optional(),
  })
  .strict();
export const enrolmentCodeResponse = z.object({ code: z.string().min(1), expiresAt: z.string() }).strict();

export const enrolRequest = z
  .object({
    code: z.string().min(1, 'must not be empty').max(100),
    /** The workstation's own stable id (its desk-log `workstation`). */
    workstation: id,
    /** A name people recognise (the machine's or the agent's). */
    name,
    /** The code the workstation numbers its tickets with now (T in T-1042), kept if no other workstation of the desk has it. */
    ticketCode: ticketCode.optional(),
  })
  .strict();
export const enrolResponse = z
  .object({
    deskId: id,
    deskName: name,
    workstation: id,
    /** The workstation's secret; the server keeps only its hash. Shown once. */
    token: z.string().min(20),
    /** The ticket-number code leased to the workstation: unique among the desk's workstations (decision 7). */
    ticketCode,
  })
  .strict();

export const workstationInfo = z
  .object({
    workstation: id,
    name,
    enrolledAt: z.string(),
    revokedAt: z.string().nullable(),
    lastSeenAt: z.string().nullable(),
  })
  .strict();
export const workstationsResponse = z.object({ workstations: z.array(workstationInfo) }).strict();

export const pushRequest = z.object({ events: z.array(z.record(z.string(), z.unknown())).max(MAX_PUSH_EVENTS) }).strict();
export const pushResponse = z
  .object({
    /** Ids this push stored for the first time. */
    stored: z.array(id),
    /** Ids the server already held (a retry, or another workstation relayed them first). */
    known: z.array(id),
    /** The desk's position after this push. */
    head: cursor,
  })
  .strict();

export const pullQuery = z.object({ after: cursor, limit: z.number().int().min(1).max(MAX_PULL_LIMIT) });
export const pullResponse = z
  .object({
    /** Events after `after`, in the desk's order; wire form. */
    events: z.array(z.record(z.string(), z.unknown())),
    /** The cursor to pull after next time: the position of the last event given (or `after`). */
    cursor,
    /** The desk's position when the page was read: `cursor < head` means more to pull. */
    head: cursor,
  })
  .strict();

export const wakeUp = z.object({ deskId: id, head: cursor }).strict();

export const digestResponse = z
  .object({
    /** One line per UTC day of the events' clock stamps: how many events and a hash over their ids. */
    days: z.array(z.object({ day: z.string(), count: z.number().int().min(0), hash: z.string() }).strict()),
    /** A hash over the day lines: equal on two machines when they hold the same events. */
    digest: z.string(),
    count: z.number().int().min(0),
  })
  .strict();

/** Every error the server gives: a code, an English message, and field issues where input was bad. */
export const errorResponse = z
  .object({
    error: z.string(),
    message: z.string(),
    issues: z.array(z.object({ field: z.string(), reason: z.string(), code: z.string().optional() }).passthrough()).optional(),
  })
  .strict();

export type CreateDeskRequest = z.infer<typeof createDeskRequest>;
export type CreateDeskResponse = z.infer<typeof createDeskResponse>;
export type EnrolmentCodeRequest = z.infer<typeof enrolmentCodeRequest>;
export type EnrolmentCodeResponse = z.infer<typeof enrolmentCodeResponse>;
export type EnrolRequest = z.infer<typeof enrolRequest>;
export type EnrolResponse = z.infer<typeof enrolResponse>;
export type WorkstationInfo = z.infer<typeof workstationInfo>;
export type PushRequest = z.infer<typeof pushRequest>;
export type PushResponse = z.infer<typeof pushResponse>;
export type PullResponse = z.infer<typeof pullResponse>;
export type WakeUp = z.infer<typeof wakeUp>;
export type DigestResponse = z.infer<typeof digestResponse>;
export type ErrorResponse = z.infer<typeof errorResponse>;

/** The error codes the server answers with (HTTP status in brackets). */
export type SyncErrorCode =
  | 'bad_request' // 400: the body or query does not match the schema; `issues` name the fields
  | 'bad_events' // 422: an event failed the desk log's checks; `issues` name `events[i].…`
  | 'unauthorised' // 401: no token, or an unknown or revoked one
  | 'forbidden' // 403: the token is not for this desk (or not an admin token)
  | 'not_found' // 404
  | 'code_used' // 410: the enrolment code is used, expired or unknown
  | 'rate_limited' // 429: too many enrolment attempts; retry after `Retry-After` seconds
  | 'event_id_taken' // 409: an event id is already held by another desk
  | 'unavailable'; // 503: the database cannot be reached; retry
