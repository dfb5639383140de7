import fc from 'fast-check';
import {
  CONGRESSES,
  currentFocus,
  describeEra,
  endedMentions,
  eraMentions,
  eraOf,
  mayNameEra,
  staleMentions,
} from '../../src/plan/era';

describe('the era data', () => {
  it('lists congresses in order, each with at most seven sessions in order, the first as it closes', () => {
    CONGRESSES.forEach((c, i) => {
      if (i > 0) expect(c.number).toBe(CONGRESSES[i - 1]!.number + 1);
      expect(c.sessions.length).toBeLessThanOrEqual(7);
      expect([...c.sessions].sort()).toEqual(c.sessions);
      expect(c.sessions[0]).toBe(c.held);
      const next = CONGRESSES[i + 1];
      if (next) expect(c.sessions[c.sessions.length - 1]! <= next.held).toBe(true);
    });
  });
});

describe('what was current for a year', () => {
  it('is what was held before the year began', () => {
    expect(eraOf(2020)).toMatchObject({ congress: { number: 19 }, session: 4 });
    // 二十大 in October 2022: a 2022 plan still studies the 19th congress's sessions.
    expect(eraOf(2022)).toMatchObject({ congress: { number: 19 }, session: 6 });
    expect(eraOf(2023)).toMatchObject({ congress: { number: 20 }, session: 1 });
    expect(eraOf(2027)).toMatchObject({ congress: { number: 20 }, session: 4 });
    expect(describeEra(eraOf(2027)!).zh).toBe('党的二十大（2022年10月）和二十届四中全会（2025年10月）');
    expect(describeEra(eraOf(2023)!).en).toBe('the 20th Party Congress (2022-10)');
  });

  it('gives the default study focus: the congress, with its sessions once a second one was held', () => {
    expect(currentFocus(2027)).toBe('习近平新时代中国特色社会主义思想和党的二十大精神、二十届历次全会精神');
    expect(currentFocus(2023)).toBe('习近平新时代中国特色社会主义思想和党的二十大精神');
    expect(currentFocus(2020)).toBe('习近平新时代中国特色社会主义思想和党的十九大精神、十九届历次全会精神');
  });

  it('never calls its own default focus out of date, whatever the year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2008, max: 2100 }), (year) => {
        expect(staleMentions(currentFocus(year), year)).toEqual([]);
        expect(endedMentions(currentFocus(year), year)).toEqual([]);
      }),
    );
  });
});

describe('era phrases in a text', () => {
  it('reads congresses and sessions as written', () => {
    expect(eraMentions('党的十九大和十九届二中、三中、四中全会精神')).toEqual([
      { text: '党的十九大', congress: 19, sessions: 'congress' },
      { text: '十九届二中、三中、四中全会', congress: 19, sessions: [2, 3, 4] },
    ]);
    expect(eraMentions('二十届历次全会精神')).toEqual([
      { text: '二十届历次全会', congress: 20, sessions: 'all' },
    ]);
    expect(eraMentions('十九届中央委员会第四次全体会议')).toEqual([
      { text: '十九届中央委员会第四次全体会议', congress: 19, sessions: [4] },
    ]);
    expect(eraMentions('加强党的建设，推进十大工程，党的十八大以来')).toEqual([]);
  });

  it('finds what a later session superseded only when the text does not name the latest', () => {
    expect(staleMentions('十九届四中全会', 2020)).toEqual([]);
    expect(staleMentions('十九届三中全会', 2020).map((m) => m.text)).toEqual(['十九届三中全会']);
    expect(staleMentions('十九届三中全会和十九届四中全会', 2020)).toEqual([]);
    expect(staleMentions('二十届一中全会', 2023)).toEqual([]);
  });

  it('finds ended campaigns from the year after their last', () => {
    expect(endedMentions('推进两学一做常态化', 2019)).toEqual([]);
    expect(endedMentions('推进两学一做常态化', 2020)).toEqual([
      { name: '“两学一做”学习教育', lastYear: 2019 },
    ]);
    expect(endedMentions('党纪学习教育', 2025).map((e) => e.name)).toEqual(['党纪学习教育']);
    // Consolidating its results is the wording of the year after.
    expect(endedMentions('巩固拓展主题教育和党纪学习教育成果', 2025)).toEqual([]);
    expect(endedMentions('巩固拓展党纪学习教育成果', 2026).map((e) => e.name)).toEqual(['党纪学习教育']);
    expect(endedMentions('巩固“不忘初心、牢记使命”主题教育成果', 2021).map((e) => e.lastYear)).toEqual([]);
    expect(endedMentions('十三五、十四五、十五五', 2026)).toEqual([
      { name: '“十三五”时期', lastYear: 2020 },
      { name: '“十四五”时期', lastYear: 2025 },
    ]);
  });
});

describe('the quick test that skips most cells', () => {
  const pieces = [
    '党的',
    '十九',
    '二十',
    '大',
    '届',
    '四中',
    '、',
    '全会',
    '第十九次全国代表大会',
    '中央委员会第四次全体会议',
    '两学一做',
    '不忘初心、牢记使命',
    '主题教育',
    '党纪学习教育',
    '脱贫攻坚战',
    '疫情防控',
    '十四五',
    '成果',
    '学习',
    '，',
  ];

  it('never skips a text that names an era or an ended campaign', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }), (parts) => {
        const text = parts.join('');
        if (eraMentions(text).length > 0 || endedMentions(text, 2100).length > 0)
          expect(mayNameEra(text)).toBe(true);
      }),
    );
  });
});
