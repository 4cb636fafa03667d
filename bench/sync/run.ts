/**
 * `npm run bench:sync`: the sync server under a desk of 200 workstations, on a throwaway
 * PostgreSQL 15 cluster of its own (src-server/test-support/pg-cluster.ts, fsync on) and the server
 * as a child process (`src-server/main.ts`). Three desks, three questions:
 *
 * 1. burst: every workstation pushes as fast as it can at once: events accepted per second (one
 *    reader checks afterwards that nothing was lost or doubled).
 * 2. live: the workstations listen for wake-ups (server-sent events; KLOK_BENCH_SYNC_LISTENERS of
 *    them, the rest poll every KLOK_BENCH_SYNC_POLL_MS) and pull on each, while pushes arrive at a
 *    steady rate: time from a push's acknowledgement to the event being pulled on each other
 *    workstation (p50/p99), then every workstation's copy against the server's (lost, doubled,
 *    digest).
 * 3. big: a desk of KLOK_BENCH_SYNC_BIG events (seeded by pushes, or KLOK_BENCH_SYNC_SEED=sql,
 *    followed by ANALYZE unless KLOK_BENCH_SYNC_ANALYZE=0) and a new workstation's first pull of
 *    all of it.
 *
 * Everything (PostgreSQL, the server, 200 clients) shares this machine's cores: the clients'
 * JSON parsing competes with the server. Figures go to stdout as a table and as one JSON line.
 */
import { cpus } from 'node:os';
import { DEFAULT_PULL_LIMIT, MAX_PULL_LIMIT } from '../../src-shared/sync/sync-protocol';
import { eventId, eventMaker } from '../../src-server/test-support/desk-events';
import { startPgCluster } from '../../src-server/test-support/pg-cluster';
import { startServer } from '../../src-server/test-support/server-process';
import { admin, type Workstation } from '../../src-server/test-support/sync-client';
import { cpuReading, cpuSince, type CpuReading } from './cpu';
import { seedByPush, seedBySql } from './seed';
import { SimWorkstation } from './sim-workstation';
import { inParallel, percentile, sleep } from './stats';

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const config = {
  workstations: env('KLOK_BENCH_SYNC_WORKSTATIONS', 200),
  listeners: env('KLOK_BENCH_SYNC_LISTENERS', 200),
  pollMs: env('KLOK_BENCH_SYNC_POLL_MS', 1000),
  burstEvents: env('KLOK_BENCH_SYNC_EVENTS', 100_000),
  burstBatch: env('KLOK_BENCH_SYNC_BATCH', 50),
  liveSeconds: env('KLOK_BENCH_SYNC_LIVE_SECONDS', 20),
  livePushesPerSecond: env('KLOK_BENCH_SYNC_LIVE_RATE', 10),
  liveBatch: env('KLOK_BENCH_SYNC_LIVE_BATCH', 5),
  big: env('KLOK_BENCH_SYNC_BIG', 1_000_000),
  seed: process.env['KLOK_BENCH_SYNC_SEED'] === 'sql' ? ('sql' as const) : ('push' as const),
  /** The burst's workstations spread evenly over this many desks (1: all on one desk). */
  burstDesks: env('KLOK_BENCH_SYNC_BURST_DESKS', 1),
  only: (process.env['KLOK_BENCH_SYNC_ONLY'] ?? 'burst,live,big').split(','),
};

interface Figure {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly goal: string;
}
const figures: Figure[] = [];
const note = (name: string, value: number, unit: string, goal = '') => {
  figures.push({ name, value, unit, goal });
  console.error(`  ${name}: ${Math.round(value * 100) / 100} ${unit}`);
};
const seconds = (ms: number) => ms / 1000;
/** Where the CPU went during a phase of `wallMs`: CPU seconds per wall second (2 = two cores busy). */
const noteCpu = (phase: string, before: CpuReading, wallMs: number) => {
  const used = cpuSince(before, cpuReading(server.pid()));
  const per = (s: number) => s / seconds(wallMs);
  note(`${phase}: CPU of the server`, per(used.server), 'cores', 'CPU s per wall s');
  note(`${phase}: CPU of PostgreSQL`, per(used.postgres), 'cores', 'lower bound');
  note(`${phase}: CPU of the simulated workstations`, per(used.bench), 'cores');
};

const t0 = performance.now();
const cluster = await startPgCluster({ isDurable: true });
const server = await startServer({ databaseUrl: cluster.url });
const adm = admin(server.baseUrl, server.adminToken);
console.error(`bench:sync — PostgreSQL ${cluster.url}, server ${server.baseUrl}, config ${JSON.stringify(config)}`);

function enrolAll(deskId: string, prefix: string, count: number): Promise<Workstation[]> {
  return inParallel(10, count, (i) => adm.enrol(deskId, `${prefix}-${String(i).padStart(3, '0')}`));
}

try {
  // 1. burst
  if (config.only.includes('burst')) {
    console.error(`burst: every workstation pushes at once, over ${config.burstDesks} desk(s)`);
    const desks = await Promise.all(Array.from({ length: config.burstDesks }, (_, d) => adm.createDesk(`Burst desk ${d + 1}`)));
    const pushers = await inParallel(10, config.workstations, (i) => adm.enrol(desks[i % desks.length] as string, `ws-${String(i).padStart(3, '0')}`));
    const perWorkstation = Math.ceil(config.burstEvents / config.workstations);
    const prepared = pushers.map((ws) => {
      const maker = eventMaker(ws.deskId, ws.workstation);
      const batches = [];
      for (let left = perWorkstation; left > 0; left -= config.burstBatch) batches.push(maker.next(Math.min(config.burstBatch, left)));
      return batches;
    });
    const ackMs: number[] = [];
    const cpuBefore = cpuReading(server.pid());
    const started = performance.now();
    await Promise.all(
      pushers.map(async (ws, i) => {
        for (const batch of prepared[i] ?? []) {
          const sent = performance.now();
          await ws.push(batch);
          ackMs.push(performance.now() - sent);
        }
      }),
    );
    const took = performance.now() - started;
    const total = perWorkstation * config.workstations;
    note(
      'burst: events accepted per second',
      total / seconds(took),
      'ev/s',
      `${config.workstations} pushers × batches of ${config.burstBatch}, ${config.burstDesks} desk(s)`,
    );
    note('burst: push acknowledged, p50', percentile(ackMs, 50), 'ms');
    note('burst: push acknowledged, p99', percentile(ackMs, 99), 'ms');
    noteCpu('burst', cpuBefore, took);
    let lost = 0;
    let twice = 0;
    let equalDigests = 0;
    for (const deskId of desks) {
      const reader = new SimWorkstation(await adm.enrol(deskId, 'ws-reader'));
      await reader.pullNow();
      const pushed = prepared
        .filter((_, i) => pushers[i]?.deskId === deskId)
        .flat(2)
        .map(eventId);
      lost += pushed.filter((id) => !reader.held.has(id)).length;
      twice += reader.receipts - reader.held.size;
      if (JSON.stringify(reader.digest()) === JSON.stringify(await reader.ws.digest())) equalDigests += 1;
    }
    note('burst: lost', lost, 'events', '0');
    note('burst: doubled', twice, 'events', '0');
    note('burst: digests equal to the server’s', equalDigests, `of ${desks.length}`);
  }

  // 2. live
  if (config.only.includes('live')) {
    console.error(`live: ${config.listeners} listening, ${config.workstations - config.listeners} polling, ${config.livePushesPerSecond} pushes/s`);
    const deskId = await adm.createDesk('Live desk');
    const sims = (await enrolAll(deskId, 'ws', config.workstations)).map((ws) => new SimWorkstation(ws));
    await inParallel(20, sims.length, async (i) => {
      const sim = sims[i] as SimWorkstation;
      if (i < config.listeners) await sim.listen();
      else sim.poll(config.pollMs);
    });
    for (const sim of sims) sim.isTiming = true;
    const cpuBefore = cpuReading(server.pid());
    const ackedAt = new Map<string, { at: number; by: SimWorkstation }>();
    const pushes: Promise<void>[] = [];
    const count = Math.round(config.liveSeconds * config.livePushesPerSecond);
    const gap = 1000 / config.livePushesPerSecond;
    const started = performance.now();
    for (let i = 0; i < count; i++) {
      const sim = sims[Math.floor(Math.random() * sims.length)] as SimWorkstation;
      const events = sim.maker.next(config.liveBatch);
      pushes.push(
        sim.ws.push(events).then(() => {
          const at = performance.now();
          for (const e of events) ackedAt.set(eventId(e), { at, by: sim });
        }),
      );
      const due = started + (i + 1) * gap;
      await sleep(Math.max(0, due - performance.now()));
    }
    await Promise.all(pushes);
    // Quiescence: everyone has pulled to the head (pollers within a poll).
    const head = (await sims[0]!.ws.pull(0, 1)).head;
    const quiet = performance.now();
    while (sims.some((s) => s.cursor < head) && performance.now() - quiet < 120_000) await sleep(50);
    const settled = performance.now() - quiet;
    noteCpu('live', cpuBefore, performance.now() - started);
    const latencies: number[] = [];
    let early = 0;
    for (const sim of sims) {
      for (const [id, seen] of sim.seenAt) {
        const ack = ackedAt.get(id);
        if (!ack || ack.by === sim) continue;
        if (seen < ack.at) early += 1;
        latencies.push(Math.max(0, seen - ack.at));
      }
    }
    note('live: pushes per second (offered)', config.livePushesPerSecond, 'push/s', `${config.liveBatch} events each`);
    note('live: deliveries measured (event × other workstation)', latencies.length, '');
    note('live: acknowledged → pulled elsewhere, p50', percentile(latencies, 50), 'ms');
    note('live: acknowledged → pulled elsewhere, p99', percentile(latencies, 99), 'ms', '< 1000');
    note('live: acknowledged → pulled elsewhere, max', percentile(latencies, 100), 'ms');
    note('live: pulled before the pusher had its answer', early, 'deliveries');
    note(
      'live: wake-ups received',
      sims.reduce((n, s) => n + s.wakes, 0),
      '',
    );
    note(
      'live: pulls made',
      sims.reduce((n, s) => n + s.pulls, 0),
      '',
    );
    note('live: last workstation at the head after the last push', settled, 'ms');
    const serverDigest = JSON.stringify(await sims[0]!.ws.digest());
    note('live: workstations at the head', sims.filter((s) => s.cursor === head).length, `of ${sims.length}`);
    note(
      'live: lost (summed over workstations)',
      sims.reduce((n, s) => n + Math.max(0, head - s.held.size), 0),
      'events',
      '0',
    );
    note(
      'live: doubled (summed over workstations)',
      sims.reduce((n, s) => n + (s.receipts - s.held.size), 0),
      'events',
      '0',
    );
    note('live: digests equal to the server’s', sims.filter((s) => JSON.stringify(s.digest()) === serverDigest).length, `of ${sims.length}`);
    for (const sim of sims) sim.close();
  }

  // 3. big
  if (config.only.includes('big') && config.big > 0) {
    console.error(`big: seeding ${config.big.toLocaleString('en-US')} events by ${config.seed}`);
    const deskId = await adm.createDesk('Big desk');
    const seedStarted = performance.now();
    if (config.seed === 'sql') await seedBySql(cluster.url, deskId, config.big, process.env['KLOK_BENCH_SYNC_ANALYZE'] !== '0');
    else
      await seedByPush(await enrolAll(deskId, 'seeder', 4), config.big, (done) =>
        console.error(`  seeded ${done.toLocaleString('en-US')} (${Math.round(done / seconds(performance.now() - seedStarted))} ev/s)`),
      );
    const seedTook = performance.now() - seedStarted;
    note(`big: seeding by ${config.seed}`, config.big / seconds(seedTook), 'ev/s', config.seed === 'push' ? '4 pushers × 1,000' : 'INSERT … SELECT');
    const newcomer = new SimWorkstation(await adm.enrol(deskId, 'ws-new'));
    const cpuBefore = cpuReading(server.pid());
    const pullStarted = performance.now();
    await newcomer.pullNow();
    const pullTook = performance.now() - pullStarted;
    noteCpu('big: first pull', cpuBefore, pullTook);
    note(`big: first pull of ${config.big.toLocaleString('en-US')} events`, seconds(pullTook), 's', '< 60');
    note('big: first pull, pages', newcomer.pulls, `of ≤ ${MAX_PULL_LIMIT}`);
    note('big: first pull rate', config.big / seconds(pullTook), 'ev/s');
    note('big: lost', config.big - newcomer.held.size, 'events', '0');
    note('big: doubled', newcomer.receipts - newcomer.held.size, 'events', '0');
    const digestStarted = performance.now();
    const serverDigest = await newcomer.ws.digest();
    note('big: server digest', performance.now() - digestStarted, 'ms');
    note('big: digest equal to the server’s', Number(JSON.stringify(newcomer.digest()) === JSON.stringify(serverDigest)), 'yes=1', '1');
  }
} finally {
  await server.stop();
  await cluster.destroy();
}

const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(`Klok sync benchmark — node ${process.version}, ${cpus().length} cores, ${cpu}; PostgreSQL 15 (fsync on), server and clients on this machine`);
console.log(
  `${config.workstations} workstations (${config.listeners} on server-sent events, ${config.workstations - config.listeners} polling every ${config.pollMs} ms); pull pages of ${MAX_PULL_LIMIT} (default ${DEFAULT_PULL_LIMIT})`,
);
for (const f of figures) {
  const value = Math.round(f.value * 10) / 10;
  console.log(`${f.name.padEnd(58)} ${value.toLocaleString('en-US').padStart(12)} ${f.unit.padEnd(12)} ${f.goal ? `goal/note: ${f.goal}` : ''}`);
}
console.log(`total ${Math.round(seconds(performance.now() - t0))} s`);
console.log(`KLOK_BENCH_SYNC ${JSON.stringify({ config, figures })}`);
