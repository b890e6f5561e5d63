/**
 * Party practice the six regulations never speak of (leave notes, by-elections, the oath leader,
 * souvenirs, points schemes, honours…). A question about one of them is answered only from a passage
 * that names it — an uploaded handbook may — and otherwise weighs against answering like a missing
 * fact (knowledge/answer/support.ts). Terms members mention in passing in answerable questions
 * (组织委员, 领誓的同志, 朋友圈, 已经请假了, 护照 — the regulations say 因私出国（境）证件) are left out.
 */
export const LACKED_PRACTICE: readonly string[] = [
  '假条', '补选', '临时党支部', '委托投票', '宣传委员', '领誓人', '活动证', '第一书记',
  '政治生日', '两优一先', '七一表彰', '双报到', '党建品牌', '书记项目', '党员联系户', '四议两公开',
  '星级党支部', '党性体检', '党员亮身份', '红色物业', '党员证', '党籍证明', '党员活动室', '纪念章',
  '慰问金', '党员积分', '积分制', '结对帮扶', '党费证', '党费收据', '微党课', '党课讲稿', '党建台账',
  '会议记录', '政治体检', '后进支部', '软弱涣散', '优秀共产党员', '优秀党务工作者', '先进基层党组织',
  '产假', '腾讯会议', '视频会议', '党小组长', '入党费', '干部档案', '三龄两历一身份',
  '试用期', '一肩挑', '董事长', '对照检查材料', '干部考察', '党建指导员', '烈士陵园', '特殊党费',
  '任前公示', '监票人', '计票人', '唱票', '佩戴', '团龄', '等次', '档案', '优秀党员', '登报', '报纸', '公章', '印章',
  '刻章', '复印', '代签', '头像', '门票', '举报奖励', '律师', '打分表', '评分表', '免交', '罚款', '征信', '补交', '加分',
  '荣誉证书', '结业证书', '什么证书',
];

/**
 * Party-building vocabulary loaded into jieba as a user dictionary, so that terms such as
 * 三会一课 or 留党察看 stay whole tokens instead of being cut into 三会/一课 or 留党/察看.
 *
 * Mined from the six regulations in the shared corpus (frequent 3–6 character n-grams that are
 * real terms) plus the everyday words of branch work. Add terms here; the tokenizer picks them
 * up at start. Changing this list changes tokens, so persisted indexes must be rebuilt (the
 * caller bumps its knowledge generation; see `TOKENIZER_VERSION` in tokenizer.ts).
 */
const GROUPED_TERMS: readonly string[] = [
  // 组织生活与会议
  '三会一课', '主题党日', '组织生活会', '组织生活', '民主生活会', '民主评议党员', '民主评议',
  '支部党员大会', '党支部党员大会', '支部委员会', '党支部委员会', '支委会', '党小组会', '党小组',
  '党员大会', '党课', '谈心谈话', '双重组织生活', '批评和自我批评', '重温入党誓词', '入党誓词',
  '入党志愿书', '志愿服务', '集中学习', '集中轮训', '学习培训', '专题党课', '党日活动',
  '换届', '换届选举', '届中调整', '任期届满', '选举权', '被选举权', '表决权', '差额选举',
  '全体会议', '全国代表大会', '代表大会', '委员会全体会议', '常务委员会', '中央政治局',
  // 发展党员
  '发展党员', '发展对象', '预备党员', '正式党员', '入党积极分子', '积极分子', '入党申请人', '党龄',
  '入党申请书', '入党申请', '入党介绍人', '培养联系人', '政治审查', '政审', '预备期',
  '转为正式党员', '按期转正', '延长预备期', '取消预备党员资格', '入党宣誓', '公示',
  '推荐和确定', '培养教育', '集中培训', '短期集中培训', '考察', '群团组织推优', '推优',
  '入党志愿', '接收预备党员', '党员条件', '组织发展',
  // 党员管理
  '党员教育管理', '党员教育', '党员管理', '党员义务', '党员权利', '党籍', '党员组织关系',
  '组织关系', '组织关系转接', '流动党员', '失联党员', '不合格党员', '出党', '自行脱党',
  '脱党', '除名', '予以除名', '劝其退党', '退党', '党员领导干部', '领导干部', '党务工作者',
  '党务工作人员', '党费', '交纳党费', '党费收缴', '党员档案', '先锋模范作用', '党员先锋岗',
  '党员示范岗', '党员责任区', '党员积分', '星级评定', '党员活动室', '党员之家',
  // 组织体系
  '党组织', '基层党组织', '党的基层组织', '党支部', '联合党支部', '临时党支部', '党总支',
  '总支部委员会', '党的基层委员会', '基层党委', '机关党委', '机关党组织', '机关纪委',
  '党组', '党委', '党工委', '纪律检查委员会', '纪委', '监察委员会', '党委组织部门',
  '组织部', '中央组织部', '上级党组织', '上级党委', '党代表', '党代会', '支部书记',
  '副书记', '组织委员', '宣传委员', '纪检委员', '书记', '委员会',
  // 纪律与处分
  '纪律处分', '党纪处分', '警告', '严重警告', '撤销党内职务', '留党察看', '开除党籍',
  '政务处分', '组织处理', '组织处置', '诫勉谈话', '批评教育', '责令检查', '通报批评',
  '违纪行为', '违纪', '从轻处分', '减轻处分', '从重处分', '加重处分', '免予处分',
  '恢复党员权利', '政治纪律', '组织纪律', '廉洁纪律', '群众纪律', '工作纪律', '生活纪律',
  '六大纪律', '中央八项规定', '八项规定', '四风', '形式主义', '官僚主义', '享乐主义',
  '奢靡之风', '直接责任者', '领导责任者', '主要领导责任者', '重要领导责任者', '党内法规',
  '党内职务', '党外职务', '问责', '监督执纪', '四种形态', '违反党的纪律',
  // 制度与原则
  '民主集中制', '集体领导', '个人分工负责', '请示报告', '党内民主', '党内监督', '党务公开',
  '全面从严治党', '从严治党', '党的建设', '党的政治建设', '党的领导', '两个维护',
  '两个确立', '四个意识', '四个自信', '两学一做', '不忘初心', '牢记使命', '主题教育',
  '党史学习教育', '党史', '党性教育', '理想信念', '党的创新理论', '学习强国',
  // The four aims of party-history study, which jieba cuts as 学史明 + 理学
  '学史明理', '学史增信', '学史崇德', '学史力行',
  '习近平新时代中国特色社会主义思想', '中国特色社会主义', '马克思列宁主义', '毛泽东思想',
  '邓小平理论', '三个代表', '科学发展观', '党章', '党纪', '党规', '党徽', '党旗',
  '共青团', '共产主义青年团', '先锋队', '党的基本路线',
  // Local practice the regulations do not govern: kept whole so that a question about them reads as
  // about something the library lacks, not as 第一 + 书记 (a word the corpus uses everywhere).
  '第一书记', '驻村第一书记', '政治生日', '两优一先', '七一表彰', '党群服务中心', '双报到',
  '在职党员', '党建品牌', '党建联建', '红色物业', '书记项目', '党员联系户', '四议两公开',
  '三重一大', '星级党支部', '党支部标准化', '党性体检', '党员亮身份', '网格党支部', '楼宇党建',
  '两新组织', '党建引领', '党员志愿者', '红色教育基地',
  '个人有关事项', '流动党员活动证', '领誓',
];

/** The grouped terms and the practice the library lacks, each once (some stand in both lists). */
export const PARTY_TERMS: readonly string[] = [...new Set([...GROUPED_TERMS, ...LACKED_PRACTICE])];

/** The dictionary text jieba's `loadDict` expects: `word frequency tag` per line. */
export function partyDictText(): string {
  // A high frequency makes the user word win over the default segmentation.
  return PARTY_TERMS.map((t) => `${t} ${Math.max(20000, 5000 * t.length)} n`).join('\n') + '\n';
}
