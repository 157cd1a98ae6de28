import { confidentialityReviewRegulation } from '@zwgk/regulation-xiji-2018-47';

/**
 * The clause table of 《西吉县政务公开保密审查制度》 (西政办发〔2018〕47号), every article in order.
 *
 * The published text lost the labels of articles 3–9 (they start with a blank) and printed
 * articles 11–16 as "第十": their numbers are inferred from the order (`inferredNumber: true`).
 * Items (一)(二)… of articles 5 and 6 have their own ids so a transition can cite the item.
 */
export const clauses = confidentialityReviewRegulation.clauses({
  第一条: '本制度适用于在履行职责过程中制作或者获取的以一定形式记录、保存的信息拟公开前的保密审查工作。',
  第二条: '政务公开保密审查应遵循谁主管、谁负责谁公开、谁审查的原则。拟公开的政府信息均应进行保密审查。',
  第三条: {
    text: '对拟公开信息的保密审查应当以《中华人民共和国保守国家秘密法》等有关法律、法规的规定及由自治区保密局确定的国家秘密及其密级具体范围的规定为依据。',
    article: '第三条（条号据顺序推定）',
    inferredNumber: true,
  },
  第四条: {
    text: '县人民政府政务公开保密审查工作由政务公开办公室负责；各行政机关保密审查工作由该机关负责政务公开工作的机构负责，接到信息审查申请后，开展保密审查时应履行审查审批手续并在10个工作日内提出审查确认的意见。',
    article: '第四条（条号据顺序推定）',
    inferredNumber: true,
  },
  第五条: { text: '不得公开涉及国家秘密、商业秘密、个人隐私的下列政府信息：', article: '第五条（条号据顺序推定）', inferredNumber: true },
  '第五条(一)': {
    text: '依照国家保密范围和定密规定，明确标识为“秘密”“机密”“绝密”的信息；',
    article: '第五条（条号据顺序推定）第（一）项',
    inferredNumber: true,
  },
  '第五条(二)': {
    text: '虽未标识但内容涉及国家秘密、商业秘密、个人隐私的信息；',
    article: '第五条（条号据顺序推定）第（二）项',
    inferredNumber: true,
  },
  '第五条(三)': {
    text: '其他公开后可能危及国家安全、公共安全、经济安全和社会稳定的信息。',
    article: '第五条（条号据顺序推定）第（三）项',
    inferredNumber: true,
  },
  第六条: { text: '对政府信息的保密审查应当依照以下程序进行：', article: '第六条（条号据顺序推定）', inferredNumber: true },
  '第六条(一)': { text: '由信息产生的部门提出是否公开的初步意见；', article: '第六条（条号据顺序推定）第（一）项', inferredNumber: true },
  '第六条(二)': {
    text: '由信息产生部门的负责人提出是否公开的审查意见；',
    article: '第六条（条号据顺序推定）第（二）项',
    inferredNumber: true,
  },
  '第六条(三)': { text: '分管领导审查；', article: '第六条（条号据顺序推定）第（三）项', inferredNumber: true },
  '第六条(四)': { text: '政务公开办公室审查同意后，报保密机关批准。', article: '第六条（条号据顺序推定）第（四）项', inferredNumber: true },
  第七条: {
    text: '各部门共同形成的政府信息拟公开时，应由主办部门负责公开前的保密审查，并以文字形式征得其他部门同意后方可予以公开。',
    article: '第七条（条号据顺序推定）',
    inferredNumber: true,
  },
  第八条: {
    text: '对政府信息是否属于国家秘密和属于何种密级不明确的，报送有权确定该事项密级的上级机关或保密工作部门确定。',
    article: '第八条（条号据顺序推定）',
    inferredNumber: true,
  },
  第九条: {
    text: '已确定为国家秘密但已超过保密期限并拟公开的政府信息，应在保密审查确认能够公开后，按保密规定办理解密手续，再予以公开。',
    article: '第九条（条号据顺序推定）',
    inferredNumber: true,
  },
  第十条: '在政府信息产生、审签时应当标明是否属于保密事项。',
  第十一条: {
    text: '拟公开的政府信息中含有部分涉密内容的，应当按照有关规定进行非密处理，采取属于国家秘密的部分不予公开、其余部分公开的方法处理。',
    article: '第十一条（条号据顺序推定）',
    inferredNumber: true,
  },
  第十二条: {
    text: '公民、法人或者其他组织对政务公开工作中因保密问题未公开相关信息存在质疑的，可向政务公开办公室提出申请，要求说明不予公开有关信息的依据和理由。',
    article: '第十二条（条号据顺序推定）',
    inferredNumber: true,
  },
  第十三条: {
    text: '行政机关负责人应依法对本机关政务公开工作中的保密审查进行监督，发现违反国家保密规定的应当予以纠正。',
    article: '第十三条（条号据顺序推定）',
    inferredNumber: true,
  },
  第十四条: {
    text: '对违反有关规定，公开涉及国家秘密的政府信息，造成泄密事件的，依照有关规定进行查处；情节严重的，对直接负责保密审查的主管人员和直接责任人依法给予处分；构成犯罪的，依法追究刑事责任。',
    article: '第十四条（条号据顺序推定）',
    inferredNumber: true,
  },
  第十五条: { text: '政府信息保密审查所需的专项经费纳入财政年度预算。', article: '第十五条（条号据顺序推定）', inferredNumber: true },
  第十六条: { text: '本制度由政府政务公开办公室负责解释。', article: '第十六条（条号据顺序推定）', inferredNumber: true },
  第十七条: '本制度自2018年4月1日起施行，有效期至2022年4月30日。',
});

/** A clause id of this regulation. */
export type ClauseId = keyof typeof clauses;
