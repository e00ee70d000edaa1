import { describe, expect, it } from 'vitest';
import { headingOf } from '../../src/text/structure.js';
import { records } from '../helpers.js';

describe('headings', () => {
  it.each([
    ['一、2025年工作回顾', 1, '2025年工作回顾'],
    ['（二）扩大有效需求。全年完成投资…', 2, '扩大有效需求'],
    ['## 一、2025年工作回顾', 1, '2025年工作回顾'],
    ['**二、2026年主要目标**', 1, '2026年主要目标'],
    ['### 主要预期目标', 3, '主要预期目标'],
  ])('reads %s as a heading of level %i: %s', (line, level, text) => {
    expect(headingOf(line)).toEqual({ level, text });
  });

  it('reads a markdown report by its headings: review figures as results, plan figures as targets', () => {
    const text = '# 西江市2026年政府工作报告\n\n## 一、2025年工作回顾\n\n- 地区生产总值达到2150亿元，增长5.6%；\n\n## 二、2026年主要目标\n\n1. 地区生产总值增长5.5%左右。\n';
    expect(records(text).map((r) => [r.quote, r.kind, r.period])).toEqual([
      ['2150亿元', 'actual', '2025'],
      ['5.6%', 'actual', '2025'],
      ['5.5%', 'target', '2026'],
    ]);
  });
});
