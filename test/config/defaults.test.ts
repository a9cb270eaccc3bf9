import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import { configSchema } from '../../src/config/schema.js';

describe('defaultConfig', () => {
  it('is exactly what the schema makes of an empty config file', () => {
    expect(defaultConfig()).toStrictEqual(configSchema.parse({}));
  });

  it('is a fresh object each time, so a run cannot change the next one', () => {
    const a = defaultConfig();
    a.posting.disclosureTags.push('#x');
    a.listing.monthlyTarget = 1;
    expect(defaultConfig()).toStrictEqual(configSchema.parse({}));
  });
});
