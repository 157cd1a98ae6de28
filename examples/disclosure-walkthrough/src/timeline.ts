import type { AuditEntry, CaseView, Engine } from '@zwgk/core';

const KIND_ZH: Record<string, string> = {
  'case.opened': '立案',
  'event.applied': '事件',
  'event.rejected': '拒收',
  'engine.event': '系统',
  'deadline.changed': '期限',
  'deadline.warned': '预警',
  'deadline.fell-due': '到期',
  'deadline.recomputed': '重算',
  'notice.sent': '告知',
  'breach.recorded': '违规',
  'child.opened': '子案',
  'case.closed': '办结',
  'case.ended': '终止',
};

function describe(entry: AuditEntry): string {
  const d = entry.data as Record<string, any>;
  switch (entry.kind) {
    case 'case.opened':
      return `${d.module} opened in state ${d.state}`;
    case 'event.applied':
    case 'engine.event':
      return d.delivered ? `${d.event.type}: ${d.from} → ${d.to}` : `${d.event.type} recorded (not handled in ${d.state})`;
    case 'event.rejected':
      return `${d.type} rejected: ${d.code}`;
    case 'deadline.changed':
      return `${d.name} ${d.op}${d.dueAt ? `, due ${d.dueAt}` : ''}${d.outcome ? `, ${d.outcome}` : ''}`;
    case 'deadline.warned':
    case 'deadline.fell-due':
      return `${d.name} (due ${d.dueAt}) fired at ${d.firedAt}`;
    case 'notice.sent':
    case 'breach.recorded':
      return `${d.name} → ${d.citation}`;
    case 'child.opened':
      return `${d.key}: ${d.module}`;
    default:
      return JSON.stringify(d);
  }
}

/** Prints a case's audit trail as a timeline, then its deadlines with the clause behind each. */
export async function printTimeline(engine: Engine, caseId: string, indent = ''): Promise<void> {
  const view: CaseView = await engine.getCase(caseId);
  const module = engine.modules.find((m) => m.id === view.case.moduleId && m.version === view.case.moduleVersion)!;
  console.log(`${indent}■ ${module.title.zh} (${module.key}) case ${caseId}: ${view.case.status}, state ${view.case.state}`);
  for (const entry of await engine.history(caseId)) {
    console.log(`${indent}  ${entry.at.replace('+08:00', '')}  ${KIND_ZH[entry.kind] ?? entry.kind}  ${describe(entry)}`);
  }
  console.log(`${indent}  期限 deadlines:`);
  for (const d of view.deadlines) {
    const result = d.outcome === 'met' ? '✔ met' : d.outcome === 'missed' ? '✘ missed' : d.outcome ?? (d.fellDue ? '✘ overdue' : 'open');
    console.log(`${indent}    ${d.label.zh} ${d.length} ${d.unit} from ${d.startedAt} → due ${d.dueAt ?? '(paused)'} · ${result} · ${d.citation}`);
  }
  for (const childId of Object.values(view.case.children)) await printTimeline(engine, childId, `${indent}    `);
}
