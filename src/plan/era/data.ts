/**
 * The facts the era wording of a plan depends on: when each Party congress and each plenary session of
 * its Central Committee was held, and when the campaigns a plan may still name came to an end. When a
 * congress or a session is held, add it here (one line): the default study focus and the `stale-era`
 * rule follow.
 *
 * Sources:
 * - Congresses and plenary sessions: the communiqués of each session as published by Xinhua (新华社),
 *   collected in 人民网's 中国共产党历次全国代表大会数据库 (http://cpc.people.com.cn/GB/64162/64168/) and
 *   its 中央全会 pages; 二十届四中全会: communiqué of 23 October 2025 (held 20–23 October 2025).
 * - Campaigns: the Central Committee's notices launching them and the meetings that concluded them, as
 *   reported by Xinhua: 不忘初心、牢记使命主题教育 (May 2019 – concluding meeting 8 January 2020); 党史学习
 *   教育 (February 2021 – concluding meeting January 2022); 学习贯彻习近平新时代中国特色社会主义思想主题教育
 *   (April 2023 – concluding meeting 8 January 2024); 党纪学习教育 (April – July 2024); 深入贯彻中央八项规定
 *   精神学习教育 (March – July 2025); 脱贫攻坚 (victory declared 25 February 2021, its last year 2020);
 *   扫黑除恶专项斗争 (2018–2020, then made a standing task); the response to COVID-19 (class B management
 *   from 8 January 2023). 两学一做学习教育 (2016, made regular in 2017) has no concluding meeting: it
 *   was followed by the 2019 theme education, so a plan for 2020 or later naming it is out of date.
 * - Five-year plans (国民经济和社会发展五年规划): from the third on (1966–1970, after the 1963–1965
 *   readjustment) the N-th covers 1966 + 5(N − 3) to that + 4: 十四五 2021–2025, 十五五 2026–2030.
 */

/** A month, `yyyy-MM`. */
export type Month = string;

export interface Congress {
  /** The congress's number: 19 for 党的十九大. */
  number: number;
  /** When the congress was held. */
  held: Month;
  /** When its Central Committee's plenary sessions were held: [一中, 二中, …] as far as held. */
  sessions: Month[];
}

export const CONGRESSES: readonly Congress[] = [
  {
    number: 17,
    held: '2007-10',
    sessions: ['2007-10', '2008-02', '2008-10', '2009-09', '2010-10', '2011-10', '2012-11'],
  },
  {
    number: 18,
    held: '2012-11',
    sessions: ['2012-11', '2013-02', '2013-11', '2014-10', '2015-10', '2016-10', '2017-10'],
  },
  {
    number: 19,
    held: '2017-10',
    sessions: ['2017-10', '2018-01', '2018-02', '2019-10', '2020-10', '2021-11', '2022-10'],
  },
  { number: 20, held: '2022-10', sessions: ['2022-10', '2023-02', '2024-07', '2025-10'] },
];

export interface Campaign {
  /** How a message names it. */
  name: string;
  /** What in a text names it. */
  pattern: RegExp;
  /** The last year a plan would still name it as current work. */
  lastYear: number;
}

export const CAMPAIGNS: readonly Campaign[] = [
  { name: '“两学一做”学习教育', pattern: /两学一做/, lastYear: 2019 },
  {
    name: '“不忘初心、牢记使命”主题教育',
    pattern: /不忘初心[、，,]?\s*牢记使命[”"’]?\s*主题教育/,
    lastYear: 2020,
  },
  { name: '党史学习教育', pattern: /党史学习教育/, lastYear: 2022 },
  {
    name: '学习贯彻习近平新时代中国特色社会主义思想主题教育',
    pattern: /学习贯彻习近平新时代中国特色社会主义思想主题教育/,
    lastYear: 2024,
  },
  { name: '党纪学习教育', pattern: /党纪学习教育/, lastYear: 2024 },
  { name: '深入贯彻中央八项规定精神学习教育', pattern: /八项规定精神学习教育/, lastYear: 2025 },
  { name: '脱贫攻坚战', pattern: /脱贫攻坚(?!成果)|打赢脱贫/, lastYear: 2020 },
  { name: '决胜全面建成小康社会', pattern: /决胜全面建成小康社会/, lastYear: 2020 },
  { name: '扫黑除恶专项斗争', pattern: /扫黑除恶专项斗争/, lastYear: 2020 },
  { name: '新冠肺炎疫情防控', pattern: /疫情防控|新冠|抗疫|抗击疫情/, lastYear: 2023 },
];
