import { notifyManager, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ContractPlans } from '../src-shared/desk/contract-plans';
import { App } from './app';
import { openKlokDb } from './db/klok-db';
import { onUpgradeProgress } from './db/upgrade-progress';
import { noticeLanguage, showUpgradeNotice } from './desk/upgrade-notice';
import { agentName } from './desk/agent-name';
import { DeskServicesProvider, type DeskServices } from './desk/desk-services';
import { currentPlatform } from './platform/current-platform';
import { newId } from './store/actor';
import { loadPolicies } from './store/policy-store';
import { holidayCountriesOfPolicies, loadHolidayCountries } from './features/policies/policy-holidays';
import {
  firstScreenOfQueries,
  keepFirstScreen,
  keepFirstScreenUpToDate,
  readFirstScreenFromStore,
  readKeptFirstScreen,
  showKeptFirstScreen,
} from './desk/kept-first-screen';
import { whenIdle } from './ui/when-idle';
import './styles.css';

/** The workstation's id, made once and kept in localStorage: every event says where it came from. */
function workstationId(): string {
  const key = 'klok.workstation';
  const known = localStorage.getItem(key);
  if (known) return known;
  const made = `ws-${newId().slice(0, 8)}`;
  localStorage.setItem(key, made);
  return made;
}

const services: DeskServices = {
  db: openKlokDb(),
  plans: new ContractPlans(),
  platform: currentPlatform(),
  actor: (() => {
    const workstation = workstationId();
    return () => ({ by: agentName(), workstation });
  })(),
};

// Query results reach components on the microtask queue, not a timer: the UI never waits for a
// timer to show what IndexedDB already answered (and a frozen test clock cannot stall it).
notifyManager.setScheduler(queueMicrotask);

// The store is local: data is fresh until Klok itself changes it, so no background refetching;
// and it is there without a network, so nothing waits for one (TanStack pauses queries and
// mutations while the browser says it is offline, by default).
const queryClient = new QueryClient({
  defaultOptions: {
    queries: { staleTime: Infinity, refetchOnWindowFocus: false, retry: false, networkMode: 'always' },
    mutations: { networkMode: 'always' },
  },
});

// A schema upgrade runs as the store opens, before anything can be drawn; on a large desk it takes
// minutes, so the window says how far it is (replaced by the app's first render).
const root = document.getElementById('root');
const stopUpgradeNotice = onUpgradeProgress((progress) => {
  if (root) showUpgradeNotice(root, progress, noticeLanguage(navigator.language));
});

// The first screen as the store last gave it (decision 27): drawn at once, while the store opens.
const build = import.meta.url;
const kept = readKeptFirstScreen(localStorage, build);
if (kept) showKeptFirstScreen(queryClient, services.db, services.plans, kept, Date.now());

// What the first screen reads is asked for now, while the policies load (issue 7: the board's
// first rows wait for no round trip they do not need); read even when a kept screen answered.
const firstScreenRead = readFirstScreenFromStore(queryClient, services.db);
// The desk's own policy versions before the first screen: every ticket's clocks may run on one.
// (Later versions reach the compiled plans through the one write path.)
const policiesLoaded = loadPolicies(services.db, services.plans, (rows) => loadHolidayCountries(holidayCountriesOfPolicies(rows)));
const storeRead = Promise.all([policiesLoaded, firstScreenRead]);

// Kept for the next start: the store's first screen as read now, then again after each change.
void storeRead.then(
  ([policies]) => {
    whenIdle(() => keepFirstScreen(localStorage, build, firstScreenOfQueries(queryClient, services.db, policies)), 5_000);
    keepFirstScreenUpToDate(queryClient, services.db, localStorage, build);
  },
  () => undefined, // the policies could not be read: the desk says so, and keeps nothing
);

if (root) {
  const render = () => {
    stopUpgradeNotice();
    root.replaceChildren();
    createRoot(root).render(
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          <DeskServicesProvider services={services}>
            <App storeRead={storeRead} />
          </DeskServicesProvider>
        </QueryClientProvider>
      </StrictMode>,
    );
  };
  // One render with what the first screen needs: the kept screen (its holiday countries loaded),
  // or else the store's first read.
  const drawable = kept ? loadHolidayCountries(holidayCountriesOfPolicies(kept.policies)) : storeRead;
  void drawable.then(render, render);
}
