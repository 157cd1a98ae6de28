import type { Scope, Severity } from './classification.js';
import type { ClauseId } from './clauses.js';

/** 县委宣传部门, which co-ordinates with the township or the office (一(三), 一(四)). */
export const PROPAGANDA_DEPARTMENT = '县委宣传部';
/** 政务公开办公室 (一(四)). */
export const DISCLOSURE_OFFICE = '县政府政务公开办公室';
/** 政府办公室, which answers for the county government itself (一(一)). */
export const GOVERNMENT_OFFICE = '县政府办公室';

/** Who answers for a sentiment, by 第一部分第(一)至(五)项. */
export interface Responsibility {
  /** 第一责任主体: the bodies that respond (several when each answers for its own duties). */
  readonly firstResponsible: readonly string[];
  /** The bodies that organise and co-ordinate (组织协调、督促指导). */
  readonly coordinators: readonly string[];
  /** 牵头部门, when one was named (一(四) 必要时可确定牵头部门). */
  readonly leadDepartment: string | null;
  /** Whose principal leaders bear the leadership duty for an especially major sentiment (一(五)). */
  readonly leadership: readonly string[];
  /** The clauses the answer rests on. */
  readonly clauses: readonly ClauseId[];
}

/**
 * The responsible body of a sentiment from whom it concerns and how grave it is
 * (《西吉县政府政务舆情回应制度》第一部分第(一)至(五)项). Pure: it reads only its arguments.
 *
 * @param scope - whom the sentiment concerns
 * @param severity - its classification; `null` (not yet classified) counts as `other`
 * @returns the first responsible bodies, the co-ordinators, the lead department and, for an
 *   especially major sentiment, whose principal leaders lead the response
 *
 * @example
 * responsibleBody({ kind: 'singleTownship', township: '兴隆镇', department: '县教育局' }, 'major')
 * //=> { firstResponsible: ['县教育局'], coordinators: ['兴隆镇人民政府', '县委宣传部'], leadDepartment: null, leadership: [], clauses: ['一(三)'] }
 */
export function responsibleBody(scope: Scope, severity: Severity | null): Responsibility {
  const base = routine(scope);
  if (severity !== 'especiallyMajor') return base;
  return { ...base, leadership: concerned(scope), clauses: [...base.clauses, '一(五)'] };
}

function routine(scope: Scope): Responsibility {
  switch (scope.kind) {
    case 'countyGovernment':
      return { firstResponsible: [GOVERNMENT_OFFICE], coordinators: [], leadDepartment: null, leadership: [], clauses: ['一(一)'] };
    case 'singleBody':
      return { firstResponsible: [scope.body], coordinators: [], leadDepartment: null, leadership: [], clauses: ['一(一)'] };
    case 'singleTownship':
      // 属地管理: the department concerned responds; its township (or, when it is vertically
      // managed, its higher authority) co-ordinates with the propaganda department.
      return {
        firstResponsible: [scope.department],
        coordinators: [scope.superior ?? townshipGovernment(scope.township), PROPAGANDA_DEPARTMENT],
        leadDepartment: null,
        leadership: [],
        clauses: ['一(三)'],
      };
    case 'multipleTownships':
      return { firstResponsible: [scope.competentDepartment], coordinators: [], leadDepartment: null, leadership: [], clauses: ['一(四)'] };
    case 'multipleDepartments':
      return {
        firstResponsible: [...scope.departments],
        coordinators: [DISCLOSURE_OFFICE, PROPAGANDA_DEPARTMENT],
        leadDepartment: scope.leadDepartment ?? null,
        leadership: [],
        clauses: ['一(四)'],
      };
  }
}

/** The departments and townships concerned (涉事部门或乡(镇)), whose principal leaders lead under 一(五). */
function concerned(scope: Scope): string[] {
  switch (scope.kind) {
    case 'countyGovernment':
      return ['县人民政府'];
    case 'singleBody':
      return [scope.body];
    case 'singleTownship':
      return [scope.department, townshipGovernment(scope.township)];
    case 'multipleTownships':
      return [scope.competentDepartment, ...scope.townships.map(townshipGovernment)];
    case 'multipleDepartments':
      return [...scope.departments];
  }
}

const townshipGovernment = (township: string) => (township.endsWith('人民政府') ? township : `${township}人民政府`);
