import { describe, expect, it } from 'vitest';
import { importSizeProblem, MAX_IMPORT_BYTES } from './import-limit';

describe('importSizeProblem', () => {
  it('lets a file up to the limit be read (the limit itself included)', () => {
    expect(MAX_IMPORT_BYTES).toBe(200 * 1024 * 1024);
    expect(importSizeProblem(0)).toBeNull();
    expect(importSizeProblem(5_000_000)).toBeNull();
    expect(importSizeProblem(MAX_IMPORT_BYTES)).toBeNull();
  });

  it('refuses a larger file, giving its size rounded up and the limit in megabytes', () => {
    expect(importSizeProblem(MAX_IMPORT_BYTES + 1)).toEqual({ reason: 'too_large', sizeMb: 201, limitMb: 200 });
    expect(importSizeProblem(250 * 1024 * 1024)).toEqual({ reason: 'too_large', sizeMb: 250, limitMb: 200 });
  });
});
