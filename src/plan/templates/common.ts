/**
 * What the four built-in templates share: the plan's sections, the study months and the theme-day
 * programme every branch keeps (三会一课, 主题党日 each month, 党员大会 each quarter, the secretary's
 * 党课 in June, 民主评议党员 in November, the 组织生活会 in December), written as functions of the
 * year's context. A kind (src/plan/templates/office.ts …) gives only what it words its own way: its
 * goal, the section where 党建 meets its work, a few items, study months and theme days.
 */
import type {
  BranchTemplate,
  TemplateContext,
  TemplateId,
  TemplateItem,
  TemplateSection,
  TemplateStudyMonth,
  TemplateThemeDay,
} from './types';

/** A plan item as a row: 标题, 内容, 责任人, 完成时限. */
export type ItemRow = readonly [title: string, content: string, owner: string, deadline: string];

/** A study month as a row: 学习主题, 学习内容, 学习形式, 负责人 (3 学时 each: 36 a year). */
export type StudyRow = readonly [theme: string, content: string, form: string, owner: string];

/** A kind's wording of some months (1–12); the months it leaves out keep the shared wording. */
export type ByMonth<T> = Partial<Record<number, T>>;

/** The shared sections a kind may add its own items to, at their end. */
export type SharedSection = 'politics' | 'theory' | 'members' | 'conduct';

/** What one kind of branch words its own way. */
export interface Kind {
  id: TemplateId;
  name: string;
  nameEn: string;
  aliases: readonly string[];
  /** Where the branch usually meets: 党员活动室, 党群服务中心 … */
  room: string;
  /** The second paragraph of the preamble: the year's goal, in the kind's terms. */
  goal(ctx: TemplateContext): string;
  /** The kind's own section (党建 and the unit's work), fifth in the plan. */
  fusion(ctx: TemplateContext): { title: string; items: ItemRow[] };
  /** Items the kind adds to shared sections. */
  extra(ctx: TemplateContext): Partial<Record<SharedSection, ItemRow[]>>;
  /** The kind's sentence in the 学习要求: what the study is tied to. */
  studyFocus(ctx: TemplateContext): string;
  /** Study months worded the kind's way. */
  study?(ctx: TemplateContext): ByMonth<StudyRow>;
  /** Theme-day fields worded the kind's way: the fields given replace the shared ones. */
  themeDays?(ctx: TemplateContext): ByMonth<Partial<TemplateThemeDay>>;
}

const STUDY_HOURS = 3;

const item = ([title, content, owner, deadline]: ItemRow): TemplateItem => ({
  title,
  content,
  owner,
  deadline,
});

function preamble(ctx: TemplateContext, kind: Kind): string[] {
  return [
    `指导思想：${ctx.year}年，党支部坚持以${ctx.focus}为指导，全面落实新时代党的建设总要求，按照《中国共产党支部工作条例（试行）》的规定，把政治建设摆在首位，严格党的组织生活，加强党员教育管理监督，不断增强党支部的政治功能和组织功能。`,
    kind.goal(ctx),
  ];
}

function sections(ctx: TemplateContext, kind: Kind): TemplateSection[] {
  const extra = kind.extra(ctx);
  const fusion = kind.fusion(ctx);
  const section = (title: string, rows: ItemRow[], key?: SharedSection): TemplateSection => ({
    title,
    items: [...rows, ...((key && extra[key]) || [])].map(item),
  });
  return [
    section(
      '加强政治建设',
      [
        [
          '坚决做到“两个维护”',
          '教育引导党员深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”，在思想上政治上行动上同党中央保持高度一致。',
          '支部书记',
          '全年',
        ],
        [
          '抓好上级部署的落实',
          '对党中央决策部署和上级党组织的工作要求，支部委员会及时传达、研究落实措施，建立工作台账，按季度跟踪推进情况。',
          '支部委员会',
          '每季度',
        ],
      ],
      'politics',
    ),
    section(
      '加强思想理论武装',
      [
        [
          '及时跟进学习党的创新理论',
          `把学习${ctx.focus}作为首要政治任务，支部委员会会议和党员大会把学习上级最新精神列为第一项议程。`,
          '支部书记',
          '全年',
        ],
        [
          '落实年度学习计划',
          '按月组织集中学习，党员全年集中学习不少于32学时，综合运用专题研讨、辅导报告、线上学习等形式，每名党员全年撰写学习心得不少于2篇。',
          '宣传委员',
          '每月',
        ],
        [
          '落实意识形态工作责任制',
          '每半年分析一次党员思想动态，管好支部的宣传阵地和网络工作群，对党员群众关心的问题及时解疑释惑。',
          '宣传委员',
          '每半年',
        ],
      ],
      'theory',
    ),
    section('严格党的组织生活', [
      [
        '严格落实“三会一课”',
        '支部委员会会议每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，支部书记每年至少讲1次党课，会议记录做到完整规范。',
        '组织委员',
        '全年',
      ],
      [
        '规范开展主题党日',
        '每月固定1天开展主题党日，结合当月学习和重要纪念日确定主题，活动前有方案、活动后有记录，不以娱乐活动代替组织生活。',
        '组织委员',
        '每月',
      ],
      [
        '开好年度组织生活会',
        '会前广泛征求意见，支部委员之间、支部委员与党员之间普遍开展谈心谈话；会上认真开展批评和自我批评，会后逐条制定整改措施并跟踪落实。',
        '支部书记',
        '12月底',
      ],
      [
        '开展民主评议党员',
        '对照党章规定的党员条件和义务，组织个人自评、党员互评和民主测评，合理确定评议等次，对表现突出的党员给予表扬，对存在不足的党员帮助改进。',
        '组织委员',
        '11月底',
      ],
    ]),
    section(
      '加强党员队伍建设',
      [
        [
          '严格发展党员工作',
          '坚持标准、严格程序，做好入党积极分子的培养考察，全程纪实，确保发展党员质量。',
          '组织委员',
          '全年',
        ],
        [
          '加强党员日常管理',
          '按时足额收缴党费，每季度公布党费收缴情况；经常与党员谈心谈话，关心困难党员和年老体弱党员，帮助解决实际困难。',
          '组织委员',
          '每季度',
        ],
      ],
      'members',
    ),
    { title: fusion.title, items: fusion.items.map(item) },
    section(
      '加强作风建设和党风廉政建设',
      [
        [
          '严守中央八项规定精神',
          '严格执行中央八项规定及其实施细则精神，重要节假日前开展廉洁提醒，坚决防止“四风”问题反弹回潮。',
          '纪检委员',
          '全年',
        ],
        [
          '开展经常性纪律教育',
          '组织党员学习《中国共产党纪律处分条例》，通报典型案例，开展警示教育，引导党员知敬畏、存戒惧、守底线。',
          '纪检委员',
          '每半年',
        ],
      ],
      'conduct',
    ),
    section('加强支部自身建设', [
      [
        '加强支部委员会建设',
        '支部委员明确分工、各负其责，每月召开支部委员会会议研究工作；支部书记年底向党员大会和上级党组织报告抓党建工作情况。',
        '支部书记',
        '全年',
      ],
      [
        '规范支部基础台账',
        '按照标准化规范化建设要求，规范会议记录、党员名册、党费收缴等台账，党员信息变动及时更新。',
        '组织委员',
        '每季度',
      ],
      [
        '做好年度工作总结',
        `年底对照本计划逐项检查完成情况，形成${ctx.year}年度支部工作总结报送上级党组织，研究提出下一年度工作思路。`,
        '支部书记',
        '12月底',
      ],
    ]),
  ];
}

function studyRequirements(ctx: TemplateContext, kind: Kind): string[] {
  return [
    `${ctx.year}年，支部把深入学习${ctx.focus}作为首要政治任务，坚持集中学习与个人自学相结合，每月至少组织1次集中学习，党员全年集中学习不少于32学时。`,
    `${kind.studyFocus(ctx)}党员要认真做好学习笔记，支部对每次学习的出勤和交流情况如实记录，年底纳入民主评议党员的内容。`,
  ];
}

function sharedStudy(ctx: TemplateContext): StudyRow[] {
  return [
    [
      '学习党的创新理论',
      `集中学习${ctx.focus}，原原本本研读重要篇目，结合${ctx.year}年工作谈认识、谈打算`,
      '集中学习',
      '支部书记',
    ],
    [
      '学习纪律处分条例',
      '学习《中国共产党纪律处分条例》，结合身边典型案例明确纪律红线，为节日期间廉洁自律打牢思想基础',
      '自学',
      '纪检委员',
    ],
    [
      '践行为民宗旨',
      `学习全心全意为人民服务的根本宗旨和雷锋精神，研讨如何为群众办好事、解难题`,
      '交流发言',
      '宣传委员',
    ],
    ['赓续红色血脉', '学习革命先烈的英雄事迹和党的光荣传统，结合清明祭扫交流感悟', '参观学习', '宣传委员'],
    [
      '五四精神与青年担当',
      '学习五四精神和党关于青年工作的要求，青年党员交流在岗位上成长成才的体会',
      '交流发言',
      '宣传委员',
    ],
    [
      '党章与党员义务',
      '学习党章关于党员义务和权利的规定，结合支部书记讲的党课交流增强党性的体会',
      '辅导报告',
      '支部书记',
    ],
    [
      '党的奋斗历程',
      `庆祝建党${ctx.anniversary}周年，学习党的历史和各个历史时期积累的宝贵经验，交流对党的初心使命的认识`,
      '集中学习',
      '宣传委员',
    ],
    ['总体国家安全观', '学习总体国家安全观和国防教育知识，增强忧患意识和保密意识', '线上学习', '宣传委员'],
    [
      '学习支部工作条例',
      '学习《中国共产党支部工作条例（试行）》和《关于新形势下党内政治生活的若干准则》，对照查找支部工作的薄弱环节',
      '集中学习',
      '组织委员',
    ],
    [
      '弘扬爱国主义精神',
      '学习《中华人民共和国爱国主义教育法》和新中国的发展成就，结合国庆参观交流爱国报国的体会',
      '参观学习',
      '宣传委员',
    ],
    [
      '对照检视找差距',
      '对照党章党规和年初承诺，党员逐项检视思想、工作、作风方面的差距，为民主评议党员作准备',
      '交流发言',
      '组织委员',
    ],
    [
      '年度学习总结',
      `回顾${ctx.year}年学习${ctx.focus}的收获，结合组织生活会查摆问题，交流下一年度的学习打算`,
      '专题研讨',
      '支部书记',
    ],
  ];
}

function studyMonths(ctx: TemplateContext, kind: Kind): TemplateStudyMonth[] {
  const own = kind.study?.(ctx) ?? {};
  return sharedStudy(ctx).map((shared, i) => {
    const [theme, content, form, owner] = own[i + 1] ?? shared;
    return { theme, content, form, hours: STUDY_HOURS, owner };
  });
}

type DayRow = readonly [
  theme: string,
  content: string,
  form: string,
  place: string,
  attendees: string,
  owner: string,
];

function sharedThemeDays(ctx: TemplateContext, kind: Kind): DayRow[] {
  const { room } = kind;
  const all = '全体党员';
  return [
    [
      '新年开新局·谋划年度工作',
      `结合本月学习，传达上级党组织的年度工作要求，通报上年度支部工作情况，召开党员大会讨论通过${ctx.year}年支部工作计划`,
      '党员大会',
      room,
      all,
      '支部书记',
    ],
    [
      '节日廉洁提醒·警示教育',
      '春节前后开展廉洁提醒谈话，通报违反中央八项规定精神的典型问题，党员签订节日廉洁承诺',
      '主题党日',
      room,
      all,
      '纪检委员',
    ],
    [
      '学雷锋·进社区服务群众',
      '结合本月对为民宗旨的学习，组织党员到联系社区开展政策宣讲、便民咨询等志愿服务，收集群众意见建议',
      '志愿服务',
      '联系社区',
      all,
      '组织委员',
    ],
    [
      '清明祭英烈·传承红色基因',
      '清明前后祭扫烈士墓或参观革命纪念场馆，向先烈献花、讲述英烈故事；召开党员大会通报一季度工作，研究二季度安排',
      '党员大会',
      '烈士陵园或革命纪念馆',
      all,
      '支部书记',
    ],
    [
      '五四·青春心向党',
      '纪念五四运动，结合本月学习组织青年党员交流成长体会，老党员寄语青年',
      '交流座谈',
      room,
      all,
      '宣传委员',
    ],
    [
      `书记讲党课·庆祝建党${ctx.anniversary}周年`,
      '七一前夕，支部书记围绕本月学习的党章和党员义务讲专题党课，党员交流听课体会',
      '党课',
      room,
      all,
      '支部书记',
    ],
    [
      '庆七一·重温入党誓词',
      `庆祝建党${ctx.anniversary}周年，全体党员重温入党誓词，为新党员过“政治生日”；召开党员大会通报上半年工作，部署下半年任务`,
      '党员大会',
      room,
      all,
      '支部书记',
    ],
    [
      '八一·拥军优属',
      '结合本月学习开展国防教育，走访慰问退役军人党员和军属',
      '走访慰问',
      '走访对象家中',
      '支部委员和党员代表',
      '组织委员',
    ],
    [
      '学党章·守党规',
      '结合本月对支部工作条例的学习，集中学习党章和党内法规，开展应知应会知识测试，党员对照检查自身不足',
      '主题党日',
      room,
      all,
      '纪检委员',
    ],
    [
      '喜迎国庆·爱国主义教育',
      '参观爱国主义教育基地或本地发展成就展；召开党员大会通报三季度工作，研究全年任务的收尾',
      '党员大会',
      '爱国主义教育基地',
      all,
      '支部书记',
    ],
    [
      '谈心谈话·民主评议党员',
      '支部委员与党员逐一谈心谈话，党员对照党章党规进行自评、互评，开展民主评议党员，评定等次',
      '民主评议党员',
      room,
      all,
      '组织委员',
    ],
    [
      '召开年度组织生活会',
      `召开组织生活会，支部委员会通报${ctx.year}年工作，党员逐一对照检视、开展批评和自我批评，明确整改措施`,
      '组织生活会',
      room,
      all,
      '支部书记',
    ],
  ];
}

function themeDays(ctx: TemplateContext, kind: Kind): TemplateThemeDay[] {
  const own = kind.themeDays?.(ctx) ?? {};
  return sharedThemeDays(ctx, kind).map(([theme, content, form, place, attendees, owner], i) => ({
    theme,
    content,
    form,
    place,
    attendees,
    owner,
    ...own[i + 1],
  }));
}

/** A kind's wording as a template: the shared plan with the kind's parts in place. */
export function defineTemplate(kind: Kind): BranchTemplate {
  return {
    id: kind.id,
    name: kind.name,
    nameEn: kind.nameEn,
    aliases: kind.aliases,
    preamble: (ctx) => preamble(ctx, kind),
    sections: (ctx) => sections(ctx, kind),
    studyRequirements: (ctx) => studyRequirements(ctx, kind),
    studyMonths: (ctx) => studyMonths(ctx, kind),
    themeDays: (ctx) => themeDays(ctx, kind),
  };
}
