// The reference package chinese-days (a devDependency, used only to cross-check our data).
//
// chinese-days 1.5.7 is only right in zones at or east of UTC: it parses 'YYYY-MM-DD' strings as UTC
// midnight and reads them back with local-time getters, and it builds its own holiday table that way
// when it is first imported. In America/Los_Angeles (where these tests run, on purpose) every answer
// is off by one day — it calls 2018-01-01 (元旦) a working day. So we import it, and ask it
// everything we need, with process.env.TZ set to Asia/Shanghai (Node applies a TZ change at once),
// then put the zone back. Our own code never reads the machine zone, which the other tests check.

export interface Reference {
  /** chinese-days' isWorkday for every date 2018-01-01…2026-12-31. */
  readonly isWorkday: ReadonlyMap<string, boolean>;
  /** Chinese name of the holiday a day off or 调休 day belongs to, per chinese-days. */
  readonly dayName: ReadonlyMap<string, string | undefined>;
  /** chinese-days' findWorkday(n, date) for the given starts. */
  findWorkday(n: number, dates: readonly string[]): Map<string, string>;
}

async function inShanghai<T>(fn: () => Promise<T> | T): Promise<T> {
  const before = process.env.TZ;
  process.env.TZ = 'Asia/Shanghai';
  try {
    return await fn();
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
}

export async function loadReference(): Promise<Reference> {
  return inShanghai(async () => {
    const cd = await import('chinese-days');
    const isWorkday = new Map<string, boolean>();
    const dayName = new Map<string, string | undefined>();
    for (const d of eachDate('2018-01-01', '2026-12-31')) {
      isWorkday.set(d, cd.isWorkday(d));
      const name = cd.getDayDetail(d).name; // 'National Day,国庆节,3' for holidays and 调休 days, else 'Monday'…
      dayName.set(d, name.includes(',') ? name.split(',')[1] : undefined);
    }
    return {
      isWorkday,
      dayName,
      findWorkday: (n, dates) => {
        const before = process.env.TZ;
        process.env.TZ = 'Asia/Shanghai';
        try {
          return new Map(dates.map((d) => [d, cd.findWorkday(n, d)]));
        } finally {
          process.env.TZ = before;
        }
      },
    };
  });
}

/** Every date from `from` to `to` inclusive, as 'YYYY-MM-DD', computed in UTC (no machine zone). */
export function eachDate(from: string, to: string): string[] {
  const out: string[] = [];
  const end = Date.parse(`${to}T00:00:00Z`);
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= end; t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}
