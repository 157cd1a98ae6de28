import type { YearSchedule } from '../YearSchedule.js';
import { schedule2018 } from './2018.js';
import { schedule2019 } from './2019.js';
import { schedule2020 } from './2020.js';
import { schedule2021 } from './2021.js';
import { schedule2022 } from './2022.js';
import { schedule2023 } from './2023.js';
import { schedule2024 } from './2024.js';
import { schedule2025 } from './2025.js';
import { schedule2026 } from './2026.js';

/**
 * Every shipped yearly schedule, 2018 through 2026, ascending (2020 as finally extended).
 *
 * @example
 * shippedSchedules.map((s) => s.year)
 * //=> [2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]
 */
export const shippedSchedules: readonly YearSchedule[] = [
  schedule2018,
  schedule2019,
  schedule2020,
  schedule2021,
  schedule2022,
  schedule2023,
  schedule2024,
  schedule2025,
  schedule2026,
];
