-- Klok sync server, schema 2: each enrolled workstation leases a ticket-number code, unique within
-- its desk (decision 7: ticket numbers read <code>-<n> and never clash between workstations).

ALTER TABLE workstation_tokens ADD COLUMN ticket_code text;

CREATE UNIQUE INDEX workstation_tokens_desk_code ON workstation_tokens (desk_id, ticket_code);
