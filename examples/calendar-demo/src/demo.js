// Demo: a few legal deadlines counted with the working-day calendar, with the explanation an OA
// screen would show. Runs on the built package: `npm run build && npm run demo`.
import { CalendarError, china, createCalendar, loadSchedule, schedule2020AsFirstAnnounced } from '@zwgk/calendar';

function show(titleZh, titleEn, d) {
  console.log(`\n■ ${titleZh}\n  ${titleEn}`);
  console.log(`  起算 start     ${d.start}  (${d.startDate})`);
  console.log(`  期限 length    ${d.length} ${d.unit}`);
  console.log(`  届满 due       ${d.dueDate}, i.e. ${d.dueAt}`);
  console.log(`  依据 rule      ${d.explanation.rule}`);
  if (d.explanation.skipped.length) {
    console.log(
      `  跳过 skipped   ${d.explanation.skipped.map((s) => `${s.date}(${s.reason === 'holiday' ? s.holiday : '周末 weekend'})`).join(' ')}`,
    );
  }
  if (d.explanation.workedWeekendDays.length) {
    console.log(`  调休 worked    ${d.explanation.workedWeekendDays.map((w) => `${w.date}(为${w.for}调休, ${w.notice})`).join(' ')}`);
  }
  if (d.explanation.rolledForward) {
    const r = d.explanation.rolledForward;
    console.log(`  顺延 rolled    ${r.from} → ${r.to}: ${r.reason}`);
  }
  console.log(`  说明 summary   ${d.explanation.summary}`);
}

console.log(`@zwgk/calendar — calendar '${china.id}', years ${china.years[0]}–${china.years.at(-1)}, version ${china.version}`);

show(
  '依申请公开：2024年9月27日收到申请，15个工作日内答复（《政府信息依申请公开制度》第八条）',
  'Disclosure request received Fri 2024-09-27: reply within 15 working days (National Day week in between)',
  china.workingDayDeadline('2024-09-27T10:15:00+08:00', 15),
);

show(
  '跨春节：2025年1月24日形成的政府信息，20个工作日内主动公开（《政府政务公开制度》第六条）',
  'Across the Spring Festival: information formed 2025-01-24 must be published within 20 working days',
  china.workingDayDeadline('2025-01-24', 20),
);

show(
  '复核申诉：2024年9月1日收到责任追究决定，30日内申请复核（《政务公开责任追究制度》第八条）',
  'Appeal window: decision received 2024-09-01, 30 calendar days; the last day falls on National Day, so it rolls forward',
  china.calendarDayDeadline('2024-09-01', 30),
);

show(
  '舆情回应：2024年9月30日22:30发现舆情，48小时内回应（《政府政务舆情回应制度》三(二)）',
  'Public-sentiment response: 48 clock hours, nights and holidays included',
  china.hourDeadline('2024-09-30T22:30:00+08:00', 48),
);

// A schedule that changes while cases run: 2020's Spring Festival was extended by 国办发明电〔2020〕1号.
const asFirstAnnounced = createCalendar({ base: china, schedules: [schedule2020AsFirstAnnounced], id: 'china-2020-as-first-announced' });
console.log('\n■ 2020年春节延长：同一申请，两版日程 / one request, two versions of the 2020 schedule');
for (const cal of [asFirstAnnounced, china]) {
  const d = cal.workingDayDeadline('2020-01-20', 15);
  console.log(`  ${cal.id.padEnd(30)} due ${d.dueDate}  (calendar ${d.calendarVersion})`);
}

// A year with no schedule is never guessed.
console.log('\n■ 未载入年份 / a year with no loaded schedule');
try {
  china.workingDayDeadline('2026-12-20', 15);
} catch (e) {
  if (!(e instanceof CalendarError)) throw e;
  console.log(`  ${e.code}: ${e.message}`);
}
const with2027 = createCalendar({
  base: china,
  schedules: [
    loadSchedule({
      year: 2027,
      notice: '（示例 example）',
      title: '示例：2027年节假日安排（演示用，非官方）',
      holidays: [{ name: '元旦', nameEn: "New Year's Day", days: ['2027-01-01', '2027-01-02', '2027-01-03'] }],
      adjustedWorkdays: [],
    }),
  ],
});
console.log(`  with a (made-up) 2027 schedule loaded: ${with2027.workingDayDeadline('2026-12-20', 15).explanation.summary}`);
