-- Klok sync server, schema 1. Never edit a migration that has shipped: add the next number.

CREATE TABLE desks (
  id text PRIMARY KEY,
  name text NOT NULL,
  -- The desk's position: the seq of its newest event. Updated under the row lock in every push,
  -- which is what makes seq gap-free and committed in order (docs/sync-protocol.md).
  head bigint NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL
);

CREATE TABLE enrolment_codes (
  code_hash text PRIMARY KEY,
  desk_id text NOT NULL REFERENCES desks (id),
  label text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);

CREATE TABLE workstation_tokens (
  desk_id text NOT NULL REFERENCES desks (id),
  workstation text NOT NULL,
  token_hash text NOT NULL UNIQUE,
  name text NOT NULL,
  label text NOT NULL DEFAULT '',
  enrolled_at timestamptz NOT NULL,
  revoked_at timestamptz,
  last_seen_at timestamptz,
  PRIMARY KEY (desk_id, workstation)
);

CREATE TABLE events (
  event_id text PRIMARY KEY,
  desk_id text NOT NULL REFERENCES desks (id),
  -- Delivery order within the desk (the pull cursor); never the apply order, which is the hlc's.
  seq bigint NOT NULL,
  hlc text NOT NULL,
  workstation text NOT NULL,
  -- The event in canonical wire form (desk-log/wire-event.ts).
  body jsonb NOT NULL,
  received_at timestamptz NOT NULL,
  UNIQUE (desk_id, seq)
);
