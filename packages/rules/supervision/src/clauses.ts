import { supervisionRegulation } from '@zwgk/regulation-xiji-2018-47';

/**
 * The clause table of 《西吉县政务公开监督检查制度》 (西政办发〔2018〕47号), every article as published;
 * the eight items of 第二条 (numbered 1–8 in the text) have their own ids (`第二条(1)`, cited 第二条第1项). 第六条 is cut off
 * mid-word in the published text ("提起行政诉"). The interpretation and commencement clauses carry no
 * number: they are `第七条` and `第八条` with `inferredNumber`.
 */
export const clauses = supervisionRegulation.clauses({
  序言: '为促进各级行政机关依法行政,保证《中华人民共和国政府信息公开条例》顺利实施,特制定本制度',
  第一条: '各级政务公开主管部门和监察机关依法对政务公开实施情况进行监督,收集整理各方面意见,处理举报投诉及群众来信来访,认真查实并督促整改。',
  第二条: '监督检查的内容包括:',
  '第二条(1)': '1政府信息工作的组织机构和网络建设;',
  '第二条(2)': '2领导重视程度;',
  '第二条(3)': '3主动公开、依申请公开和不予公开政府信息情况;',
  '第二条(4)': '4政务公开是否公正、公平、便民并完全、及时、准确;',
  '第二条(5)': '5政务公开的收费及减免情况;',
  '第二条(6)': '6因政务公开申请行政复议、提起行政诉讼的情况;',
  '第二条(7)': '7制度建设情况;',
  '第二条(8)': '8政务公开工作存在的主要问题及改进情况等。',
  第三条:
    '公开义务人应当建立健全本行政机关的政务公开工作制度,指定本部门处理政务公开事务的专门机构和人员,履行岗位职责,并对外公布其联系方式,接受各方面的监督。',
  第四条: '建立政务公开投诉处理制度,设立监督投诉电话,加强对政务公开工作的监督,对投诉的问题严格实施责任追究,做到事事有答复,件件有落实。',
  第五条:
    '公民、法人和其他组织可以通过公开投诉电话、信箱和电子邮箱反映其对政务公开情况的意见和建议,认为行政机关不依法履行政务公开义务的,可以向监察机关或者上级政府机关举报。接受举报的机关应当予以调查处理。',
  第六条:
    '公民、法人和其他组织认为政府机关违反本规定的具体行政行为,侵犯其合法权益的,可以依法申请行政复议,对行政复议决定不服的,可以依法提起行政诉讼;公民、法人和其他组织也可以依法直接向人民法院提起行政诉',
  第七条: { text: '本制度由政府政务公开办公室负责解释。', inferredNumber: true },
  第八条: { text: '本制度自201841起施行,有效期至2022430', inferredNumber: true },
});

/** Ids of the clauses of 《西吉县政务公开监督检查制度》 this module cites (the keys of `clauses`). */
export type ClauseId = keyof typeof clauses;
