import { describe, expect, it } from 'vitest';
import { displayForm, isAbbreviation } from '../../src/pipeline/entities.js';

describe('abbreviations', () => {
  it('keeps, shortens to the first character, or drops each word, keeping the head', () => {
    expect(isAbbreviation('双城经济圈', ['成渝地区', '双城', '经济圈'])).toBe(true);
    expect(isAbbreviation('自贸试验区', ['重庆', '自由', '贸易', '试验', '区'])).toBe(true);
    expect(isAbbreviation('重庆自贸试验区', ['重庆', '自由', '贸易', '试验', '区'])).toBe(true);
    expect(isAbbreviation('中新互联互通项目', ['中', '新', '(', '重庆', ')', '战略性', '互联互通', '示范', '项目'])).toBe(true);
  });

  it('does not take a word from its middle', () => {
    // 新 is the second character of 创新: 两江新区 is another place than 两江协同创新区.
    expect(isAbbreviation('两江新区', ['两江', '协同', '创新', '区'])).toBe(false);
  });

  it('needs the same last two characters', () => {
    expect(isAbbreviation('中共重庆市委', ['中共', '重庆', '市', '渝中区', '委'])).toBe(false);
  });

  it('is never the name itself or longer', () => {
    expect(isAbbreviation('双城经济圈', ['双城', '经济圈'])).toBe(false);
  });
});

describe('display forms', () => {
  it('drops quotes around a whole name and keeps them inside one', () => {
    expect(displayForm('“两个维护”')).toBe('两个维护');
    expect(displayForm('“两点”定位')).toBe('“两点”定位');
    expect(displayForm('“两地”“两高”')).toBe('“两地”“两高”');
  });
});
