import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const srcDir = join(import.meta.dirname, '..', 'src');
const files = readdirSync(srcDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));

describe('the source stays pure', () => {
  it.each(files)('%s imports no node:* module, reads no wall clock and no other date library', (file) => {
    const text = readFileSync(join(srcDir, file), 'utf8');
    expect(text).not.toMatch(/from ['"]node:/);
    expect(text).not.toMatch(/Date\.now\(|new Date\(\)|performance\.now/);
    expect(text).not.toMatch(/from ['"](dayjs|luxon|moment)/);
  });

  it('has one schedule file per year 2018–2026', () => {
    const years = readdirSync(join(srcDir, 'schedules')).filter((f) => /^\d{4}\.ts$/.test(f));
    expect(years).toEqual(['2018.ts', '2019.ts', '2020.ts', '2021.ts', '2022.ts', '2023.ts', '2024.ts', '2025.ts', '2026.ts']);
  });
});
