/** Local settings of team sync (never events: they belong to this workstation alone). */
export const SYNC_LINK_KEY = 'sync.link';
/** How far this workstation has pulled the shared desk: the server's position (`seq`) of the last event it applied. */
export const SYNC_CURSOR_KEY = 'sync.cursor';
