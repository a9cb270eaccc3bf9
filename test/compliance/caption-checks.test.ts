import { describe, expect, it } from 'vitest';
import { captionClaims, missingBrandTag } from '../../src/compliance/caption-checks.js';
import { configSchema, type ConfigInput } from '../../src/config/schema.js';

const config = (input: ConfigInput = {}) => configSchema.parse(input);

describe('captionClaims', () => {
  it('finds the default claims with the message of their category, in caption order', () => {
    const found = captionClaims('Jamu terampuh, pasti menyembuhkan asam urat!', config());
    expect(found.map((m) => [m.matched, m.category, m.messageId])).toEqual([
      ['terampuh', 'superlative', 'claim-superlative'], ['pasti menyembuhkan', 'cure', 'claim-cure'], ['asam urat', 'disease', 'claim-disease'],
    ]);
  });

  it('uses the config\'s lists: a category replaced, turned off with [], or added under its own name', () => {
    const c = config({ posting: { forbiddenClaims: { superlative: ['juara'], cure: [], viral: ['viral'] } } });
    expect(captionClaims('Jamu juara, terampuh, viral, menyembuhkan', c).map((m) => [m.matched, m.messageId])).toEqual([
      ['juara', 'claim-superlative'], ['viral', 'claim'],
    ]);
  });

  it('finds nothing in a blank or missing caption', () => {
    expect(captionClaims('', config())).toEqual([]);
    expect(captionClaims('   ', config())).toEqual([]);
    expect(captionClaims(null, config())).toEqual([]);
  });
});

describe('missingBrandTag', () => {
  const c = config({ brands: [{ name: 'Herbana', handles: ['herbana.id', '@herbana.official'] }, { name: 'Herbamojo' }] });

  it('says which brand and handles a caption fails to tag, each handle with its @', () => {
    expect(missingBrandTag('Segelas jamu pagi #iklan', 'HERBANA', c)).toEqual({ brand: 'Herbana', handles: '@herbana.id, @herbana.official' });
  });

  it('is null when any handle is tagged, and when there is nothing to check', () => {
    expect(missingBrandTag('Pagi sehat @herbana.official', 'Herbana', c)).toBeNull();
    expect(missingBrandTag('Pagi sehat @Herbana.ID.', 'Herbana', c)).toBeNull();
    expect(missingBrandTag('', 'Herbana', c)).toBeNull();
    expect(missingBrandTag('Pagi sehat', null, c)).toBeNull();
    expect(missingBrandTag('Pagi sehat', 'Herbamojo', c)).toBeNull(); // no handles configured
    expect(missingBrandTag('Pagi sehat', 'Sariayu', c)).toBeNull(); // not a configured brand
  });

  it('takes the first configured brand of a name that lists handles', () => {
    const twice = config({ brands: [{ name: 'Herbana' }, { name: 'herbana', handles: ['@herbana.id'] }, { name: 'Herbana', handles: ['@other'] }] });
    expect(missingBrandTag('Pagi sehat', 'Herbana', twice)).toEqual({ brand: 'herbana', handles: '@herbana.id' });
  });
});
