/** What the main area shows: the queue by next breach, open tickets by status. */
export type DeskView = 'queue' | 'status';
