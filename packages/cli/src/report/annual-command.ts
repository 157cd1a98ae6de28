import { writeFile } from 'node:fs/promises';
import { annualReport, annualReportCsv, annualReportHtml, annualReportText } from '@zwgk/preset-national-2019';
import { SqliteStore } from '@zwgk/store-sqlite';

/** Options of `zwgk report annual`. */
export interface AnnualReportOptions {
  readonly preset: string;
  readonly agency: string;
  readonly year: number;
  readonly store: string;
  readonly json: boolean;
  /** Where to write the HTML page, if anywhere. */
  readonly html?: string;
  /** Where to write the CSV tables, if anywhere. */
  readonly csv?: string;
}

/**
 * `zwgk report annual`: the national annual report (国办公开办函〔2021〕30号) of one agency and
 * year, every case-derived figure counted from the store; prints text (or JSON) and writes the
 * HTML page and CSV tables when asked.
 */
export async function annualReportCommand(options: AnnualReportOptions, io: { readonly stdout: (text: string) => void }): Promise<number> {
  if (options.preset !== 'national-2019')
    throw new Error(`report annual knows the national format of preset national-2019, not ${options.preset}`);
  const store = new SqliteStore(options.store);
  try {
    const report = await annualReport(store, { agency: options.agency, year: options.year });
    io.stdout(options.json ? JSON.stringify(report, null, 2) : annualReportText(report));
    if (options.html) await writeFile(options.html, annualReportHtml(report));
    if (options.csv) await writeFile(options.csv, annualReportCsv(report));
    return 0;
  } finally {
    store.close();
  }
}
