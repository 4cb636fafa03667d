import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSIONS } from './schema-versions';

describe('the version 17 store of the upgrade end-to-end test', () => {
  it('has the stores schema version 17 declared (e2e/support/schema-17-stores.json)', () => {
    const stores: Record<string, string> = {};
    for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= 17)) {
      for (const [name, spec] of Object.entries(v.stores)) {
        if (spec === null) delete stores[name];
        else stores[name] = spec;
      }
    }
    const fixture: unknown = JSON.parse(readFileSync(new URL('../../e2e/support/schema-17-stores.json', import.meta.url), 'utf8'));
    expect(fixture).toEqual(stores);
  });
});
