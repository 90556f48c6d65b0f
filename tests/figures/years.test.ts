import { describe, expect, it } from 'vitest';
import { ofKind } from './helpers';

describe('years', () => {
  it.each([
    ['The service was rated good in 2019.', '2019', 2019],
    ['Net zero by 2030 is the aim.', '2030', 2030],
    ['The 2024 budget was approved.', '2024', 2024],
    ['Grants fell between 2015 and 2019.', '2015', 2015],
    // The year of a tax or a census before what it names, not a count of them.
    ['The levy will appear on 2026 tax notices.', '2026', 2026],
    ['The 2021 census results showed growth.', '2021', 2021],
    ['Seas could rise 3.2 feet by 2100, state planners say.', '2100', 2100],
  ])('%s', (sentence, text, value) => {
    expect(ofKind(sentence, 'year')[0]).toEqual([text, value, null]);
  });

  it.each([
    ['The council’s 2017/18 budget.', '2017/18', '2017/18'],
    ['Accounts for 2017-18 were late.', '2017-18', '2017/18'],
    ['Band D for 2024/25 is £1,900.', '2024/25', '2024/25'],
    ['Accounts for 2019–20 were signed off.', '2019–20', '2019/20'],
    ['Plans for 1999/2000 were drawn up.', '1999/2000', '1999/00'],
    ['The cut applies in FY 2024-25.', 'FY 2024-25', '2024/25'],
    ['A gap in the budget for fiscal year 2025.', 'fiscal year 2025', '2024/25'],
    ['The FY2025 plan was adopted.', 'FY2025', '2024/25'],
    ['A $12.5 million shortfall in fiscal 2027.', 'fiscal 2027', '2026/27'],
    ['The fiscal 2026-27 budget passed.', '2026-27', '2026/27'],
  ])('financial year: %s', (sentence, text, value) => {
    expect(ofKind(sentence, 'year')).toEqual([[text, value, 'financial-year']]);
  });

  it.each([
    'See https://example.gov.uk/2017/18/report for details.',
    'The ratio was 2017/19 at the time.',
    'He lives at No 2019 on the estate.',
    'The 1990s were different.',
    'It cost £2019 to fix.',
    'The number 20199 is not a year.',
    'Call 2019.5 seconds later.',
  ])('no year in: %s', (sentence) => {
    expect(ofKind(sentence, 'year')).toEqual([]);
  });
});

describe('the century’s end', () => {
  it('is no year without a word that dates it', () => {
    expect(ofKind('The 2100 figure came from the survey.', 'year')).toEqual([]);
  });
});
