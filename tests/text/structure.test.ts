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
    ['2025年完成情况', 4, '2025年完成情况'],
    ['附：2025年主要指标完成情况', 4, '2025年主要指标完成情况'],
  ])('reads %s as a heading of level %i: %s', (line, level, text) => {
    expect(headingOf(line)).toEqual({ level, text });
  });

  it.each([['2025年'], ['2025年施政报告'], ['2024年12月'], ['全年完成投资12亿元']])('reads %s as no heading of its own', (line) => {
    expect(headingOf(line)).toBeUndefined();
  });

  it('reads the results appended under a plan as results of their year', () => {
    const text = '青山区2026年国民经济和社会发展主要预期目标\n1.地区生产总值：增长6%左右\n附：2025年完成情况\n地区生产总值：完成386.2亿元，增长5.7%';
    expect(records(text).map((r) => [r.quote, r.kind, r.period])).toEqual([
      ['6%', 'target', '2026'],
      ['386.2亿元', 'actual', '2025'],
      ['5.7%', 'actual', '2025'],
    ]);
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
