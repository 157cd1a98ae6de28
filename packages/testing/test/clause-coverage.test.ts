import { leafPaths } from '@zwgk/testing';
import { describe, expect, it } from 'vitest';

describe('leafPaths', () => {
  it.each([
    ['answering.working', ['answering.working']],
    ['handling.(main.examining|review.none)', ['handling.main.examining', 'handling.review.none']],
    ['a|b.c', ['a', 'b.c']],
    ['x.(y.(p|q)|z)', ['x.y.p', 'x.y.q', 'x.z']],
  ])('expands %s', (state, paths) => {
    expect(leafPaths(state)).toEqual(paths);
  });
});
