/** Who is working at this workstation: stamped on every event they cause. */
export interface Actor {
  readonly by: string;
  readonly workstation: string;
}

export function newId(): string {
  return crypto.randomUUID();
}
