import { policyInterpretationRegulation, websitesNewMediaRegulation } from '@zwgk/regulation-xiji-2018-47';
import { clauses as websitesClauses } from '@zwgk/rule-websites-new-media';

/**
 * The clause table of 《西吉县政府政务公开政策解读制度》 (西政办发〔2018〕47号), with the words as
 * published. The regulation has a preamble and five parts 一 to 五 without items. `'网站十八(三)'` is
 * an external clause this module also applies: 《西吉县政府网站及新媒体建设运营管理制度》第十八条第(三)项,
 * which requires the interpretation to be published at the same time as the policy.
 * The published text lost characters (「县」, 「〔2013〕100号」's bracket); they are kept as published.
 */
const own = policyInterpretationRegulation.clauses({
  序言: '为确保政府公开信息让人民群众看得见、听得懂、信得过、能监督,根据《国务院办公厅关于进一步加强政府信息公开回应社会关切提升政府公信力的意见》(国办发〔2013100号),结合我工作实际,制定本制度。',
  一: {
    text: '明确解读范围。各部门(单位)报请以政府政府办公室出台的重要政策及规范性文件,均应当通过门户网站、政务公开平台、新闻媒体等载体进行科学解读,让社会公众更好地知晓、理解政府的重要政策和改革措施。',
    article: '第一部分（明确解读范围）',
  },
  二: {
    text: '规范解读程序。坚持谁起草、谁解读原则,重要政策由起草单位负责解读。在报送拟以政府名义出台政府规章和规范性文件、重要政策的请示时,应当一并报送解读方案或起草说明,解读方案一般包括解读提纲、解读形式、解读途径、解读时间等。解读方案一经政府审定,起草单位应当及时编写解读材料,按时发布。',
    article: '第二部分（规范解读程序）',
  },
  三: {
    text: '创新解读形式。将政策解读作为政务公开的重要内容,纳入政务公开信息目录。政策解读形式包括负责同志撰稿解读、专家解读、政策问答、在线访谈、媒体专访、答记者问、新闻发布会(通气会)解读等。要统筹运用新闻发言人、门户网站、政务微博等进行政策解读,充分发挥广播电视、报刊、新闻网站、商业网站等媒体的作用,扩大发布信息的受众面,增强影响力。鼓励各部门结合实际,积极探索,创新、拓展社会公众喜闻乐见的解读形式。',
    article: '第三部分（创新解读形式）',
  },
  四: {
    text: '建立解读队伍。根据工作需要,在做好自行解读工作的基础上,积极组建政策解读的专家队伍,提高政策解读的针对性、科学性、权威性和有效性,让人民群众听得懂信得过',
    article: '第四部分（建立解读队伍）',
  },
  五: {
    text: '健全解读机制。政务公开办公室负责牵头政策解读工作,协调、督促相关部门及时报送解读方案和解读材料。有关部门要根据要求,精心编制解读方案和解读材料,拓展解读内涵,提升解读效率,回应社会关切。政府网站是政策解读的第一平台,要完善政务公开信息目录政策解读专栏,迅速跟进、主动对接,及时更新解读内容。',
    article: '第五部分（健全解读机制）',
  },
});

/**
 * 《西吉县政府网站及新媒体建设运营管理制度》第十八条第(三)项, quoted from the websites module's own clause
 * table (its 第十八条 lists the items one per line), so the words cannot drift.
 */
const websiteItem3 = websitesClauses.第十八条.text.split('\n').find((line) => line.startsWith('(三)'));
if (websiteItem3 === undefined) throw new Error('《西吉县政府网站及新媒体建设运营管理制度》第十八条 has no item (三)');

/** Every clause the module cites: its own regulation's, then the website regulation's item it applies. */
export const clauses = {
  ...own,
  '网站十八(三)': websitesNewMediaRegulation.clause('第十八条第(三)项', websiteItem3),
};

/** Ids of the clauses of 《西吉县政府政务公开政策解读制度》 this module cites (the keys of `clauses`). */
export type ClauseId = keyof typeof clauses;
