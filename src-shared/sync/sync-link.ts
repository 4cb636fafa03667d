/** What a workstation keeps after enrolling: where the shared desk is and its own secret. */
export interface SyncLink {
  readonly serverUrl: string;
  readonly deskId: string;
  readonly deskName: string;
  readonly workstation: string;
  readonly token: string;
}
