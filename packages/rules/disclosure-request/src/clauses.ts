import { disclosureRequestRegulation, nationalRegulation2007, nationalRegulation2019 } from '@zwgk/regulation-xiji-2018-47';
import { clauses as accountabilityClauses } from '@zwgk/rule-accountability';
import { clauses as reviewClauses } from '@zwgk/rule-confidentiality-review';
import { clauses as coordinationClauses } from '@zwgk/rule-release-coordination';

/**
 * Characters the published text lost are restored in square brackets ([县], [申]请人, dates).
 *
 * The clause table: every article of 《西吉县政府信息依申请公开制度》 (西政办发〔2018〕47号) as
 * published, and the outside clauses the module relies on where the Xiji text is silent.
 * The two closing articles lost their numbers in the published text ("第十 本制度由…"); they are
 * numbered by their order (第十五条, 第十六条).
 */
const own = disclosureRequestRegulation.clauses({
  第一条:
    '为切实保障公民、法人和其他组织依法获取政府信息,充分发挥政府信息对群众生产、生活和经济社会活动的服务作用,根据《中华人民共和国政府信息公开条例》等法规规定结合我[县]实际,特制定本制度。',
  第二条:
    '公民、法人和其他组织根据自身生产、生活、科研等特殊需要,可以向[县]人民政府及有关部门单位申请获取相关政府信息。西吉县人民政府政务公开办公室为[县]人民政府政务信息公开申请受理机构,负责[县]人民政府政务信息公开的受理、办理和答复等事宜。政府各部门(单位)和各乡(镇)人民政府应当指定专门的政务信息公开机构,负责本部门和本地政务信息公开受理、办理和答复等工作(以下统称为受理机构)。',
  第三条: '[县]人民政府及有关部门(单位)和各乡(镇)人民政府对照申请人提出的申请按规定予以答复。',
  第四条:
    '[县]人民政府及有关部门(单位)和各乡(镇)人民政府向申请人公开信息时,提供该信息的实际状态,不对信息进行加工、统计、研究、分析或者其他处理。',
  第五条:
    '申请人应采用书面或者以数据电文形式向被申请机关提出政府信息公开申请。书面申请或数据电文形式确有困难的,申请人可以口头提出,由受理机构代为填写政府信息公开申请,并对申请人的基本情况做好记录。',
  第六条: '政府信息公开申请应当包括:申请人的姓名或者名称、联系方式,申请公开的政府信息内容描述和形式要求。',
  第七条: '受理机构对于申请人提供了有效身份证件或证明文件的申请应即时登记。',
  第八条:
    '受理机构根据收到申请的先后次序答复申请。能够当场答复的,应当场予以答复。不能当场答复的,应当自收到申请之日起15个工作日内予以答复;如需延长答复期限的,报经政务公开办公室机构负责人同意,并告知申请人,延长答复的期限最长不得超过15个工作日。',
  第九条:
    '申请公开的政府信息属于公开范围的,告知申请人获取该政府信息的方式和途径;申请内容含有不应当公开的信息,能够做区分处理的,将可以公开的部分提供给申请人;属于不予以公开的,告知[申]请人并说明理由;不属于本级政府的信息,告知申请人掌握该政府信息的机关名称和联系方式;政府信息不存在的,告知申请人实际情况并做好解释工作;申请内容不明确的,告知申请人作出更改、补充。',
  第十条:
    '行政机关认为申请公开的政府信息涉及商业秘密、个人隐私,公开后可能损害第三方利益的,应当书面征求第三方意见;第三方不同意公开的,不得公开。但是,行政机关认为不公开可能对公共利益造成重大影响的,应当予以公开,并将决定公开的政府信息内容和理由书面通知第三方。',
  第十一条:
    '公民、法人或者其他组织有证据证明行政机关提供的与其自身相关的政府信息记录不准确的,有权要求该行政机关予以更正。该行政机关无权更正的,应当转达有权更正的行政机关处理,并告知申请人。',
  第十二条:
    '行政机关依申请公开政府信息,应当按照申请人要求的形式予以提供;无法按照申请人要求的形式提供的,可以通过安排申请人查阅相关资料、提供复件或者其他适当形式提供。',
  第十三条:
    '行政机关依申请提供政府信息,可以按规定收取检索、复制、邮寄等成本费用,并将收取的费用全部上缴财政;此外,不得收取其他费用。行政机关不得通过其他组织、个人以有偿服务方式提供政府信息。',
  第十四条: '对存在阅读困难或者视听障碍的,行政机关应当为其提供必要的帮助。',
  第十五条: { text: '本制度由[县]政府政务公开办公室负责解释。', inferredNumber: true },
  第十六条: { text: '本制度自2018[年]4[月]1[日]起施行,有效期至2022[年]4[月]30[日]。', inferredNumber: true },
});

/*
 * Outside clauses: the national regulation the Xiji text implements, where it is silent, and the
 * sibling Xiji regulations this workflow meets, quoted from their own packages so the words cannot drift.
 */
const outside = {
  条例2007第二十四条: nationalRegulation2007.clause(
    '第二十四条',
    '行政机关收到政府信息公开申请,能够当场答复的,应当当场予以答复。行政机关不能当场答复的,应当自收到申请之日起15个工作日内予以答复;如需延长答复期限的,应当经政府信息公开工作机构负责人同意,并告知申请人,延长答复的期限最长不得超过15个工作日。申请公开的政府信息涉及第三方权益的,行政机关征求第三方意见所需时间不计算在本条第二款规定的期限内。',
  ),
  条例2019第三十条: nationalRegulation2019.clause(
    '第三十条',
    '政府信息公开申请内容不明确的,行政机关应当给予指导和释明,并自收到申请之日起7个工作日内一次性告知申请人作出补正,说明需要补正的事项和合理的补正期限。答复期限自行政机关收到补正的申请之日起计算。申请人无正当理由逾期不补正的,视为放弃申请,行政机关不再处理该政府信息公开申请。',
  ),
  条例2019第三十二条: nationalRegulation2019.clause(
    '第三十二条',
    '依申请公开的政府信息公开会损害第三方合法权益的,行政机关应当书面征求第三方的意见。第三方应当自收到征求意见书之日起15个工作日内提出意见。第三方逾期未提出意见的,由行政机关依照本条例的规定决定是否公开。第三方不同意公开且有合理理由的,行政机关不予公开。行政机关认为不公开可能对公共利益造成重大影响的,可以决定予以公开,并将决定公开的政府信息内容和理由书面告知第三方。',
  ),
  保密审查制度第二条: reviewClauses.第二条,
  发布协调制度第八条: coordinationClauses.第八条,
  '责任追究制度第五条(五)': accountabilityClauses['第五条(五)'],
};

/** Every clause this module cites: its own regulation's, then the outside ones. */
export const clauses = { ...own, ...outside };

/** A clause id of this module. */
export type ClauseId = keyof typeof clauses;
