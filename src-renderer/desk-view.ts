/** What the main area shows: the queue by next breach, open tickets by status, closed tickets, the phone log, the team lead's forecast, consultancy, the policies and calendars. */
export type DeskView = 'queue' | 'status' | 'closed' | 'phone' | 'lead' | 'consultancy' | 'policies';
