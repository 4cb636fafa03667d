import { defineConfig } from 'vitest/config';

// A machine zone unlike any calendar's (UTC+12:45/+13:45, and a different weekday from Europe
// and the Americas for half of every day), so a hidden dependency on the machine's zone fails.
process.env.TZ = 'Pacific/Chatham';

export default defineConfig({
  test: {
    include: ['src-shared/**/*.test.ts', 'src-main/**/*.test.ts', 'src-renderer/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'src-server/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    env: { TZ: 'Pacific/Chatham' },
    // No test is timed (speed goals live in `npm run bench`); the timeout only catches a hang. On a
    // busy two-core machine the first test of a file also pays for loading holiday data and
    // building calendar timelines, which can take seconds.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
