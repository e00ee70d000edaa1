import { describe, expect, it } from 'vitest';
import { Pieces } from '../../src/records/pieces.js';

describe('Pieces', () => {
  it('joins what was pushed and starts empty again', () => {
    const p = new Pieces(8);
    for (const s of ['{', '"quote":', '"538公里"', '}']) p.push(s);
    expect(p.length).toBe(4);
    expect(p.take()).toBe('{"quote":"538公里"}');
    expect(p.length).toBe(0);
    p.push('again');
    expect(p.take()).toBe('again');
  });

  it('takes more pieces than its capacity without losing any', () => {
    const p = new Pieces(4);
    const parts = Array.from({ length: 50 }, (_, i) => String(i));
    for (const s of parts) p.push(s);
    expect(p.take()).toBe(parts.join(''));
    p.push('x');
    expect(p.take()).toBe('x');
  });

  it('gives an empty string when nothing was pushed', () => {
    expect(new Pieces().take()).toBe('');
  });
});
