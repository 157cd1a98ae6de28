import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const publicPackages = execFileSync('node', [join(root, 'scripts/workspaces.mjs'), '--public'], { encoding: 'utf8' })
  .trim()
  .split('\n');
const licence = readFileSync(join(root, 'LICENSE'), 'utf8');

describe('licence', () => {
  it('the root LICENSE is the MIT licence of the zwgk authors, as the README and every package.json say', () => {
    expect(licence).toMatch(/^MIT License\n\nCopyright \(c\) 2026 the zwgk authors\n/);
    expect(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).license).toBe('MIT');
  });

  it.each(publicPackages)('%s carries the same LICENSE, and says MIT in package.json', (dir) => {
    const file = join(root, dir, 'LICENSE');
    expect(existsSync(file), `${dir}/LICENSE is missing: copy the root LICENSE (npm packs it with the package)`).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(licence);
    expect(JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')).license).toBe('MIT');
  });
});
