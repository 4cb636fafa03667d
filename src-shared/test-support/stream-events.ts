import type { DeskEvent } from '../desk-log/desk-event';

/**
 * A writer of one stream's events for projection tests: each event gets the next id and a hybrid
 * logical clock one millisecond after the last, so they apply in the order written.
 */
export function streamWriter(stream: string, startWall = 1_772_442_000_000) {
  let n = 0;
  return (kind: string, payload: Record<string, unknown>, by = 'Anna'): DeskEvent => {
    n++;
    return { id: `${stream}-e${n}`, deskId: 'd', workstation: 'ws', by, hlc: `${String(startWall + n).padStart(13, '0')}-0000`, kind, v: 1, stream, payload };
  };
}
