import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { LocationDataError, parseDataRows, placeCode, placeName } from './data-rows.js';

const stateRow = z.tuple([placeCode(2), placeName], placeName);

describe('parseDataRows', () => {
  it('reads rows of codes, names and aliases', () => {
    expect(
      parseDataRows('us-states.json', '[["AK", "Alaska"], ["CA", "California", "Calif"]]', stateRow),
    ).toEqual([
      ['AK', 'Alaska'],
      ['CA', 'California', 'Calif'],
    ]);
  });

  it.each([
    [
      'a name holding a comma',
      '[["AK", "Alaska, x"]]',
      /us-states\.json.*must not contain a comma.*at \[0\]\[1\]/s,
    ],
    ['a lower-case code', '[["ak", "Alaska"]]', /us-states\.json.*at \[0\]\[0\]/s],
    ['a blank name', '[["AK", ""]]', /us-states\.json.*at \[0\]\[1\]/s],
    ['text that is not JSON', '[["AK", "Alaska"]', /us-states\.json: not JSON/],
  ])('refuses %s, naming the file and the row', (_, text, message) => {
    expect(() => parseDataRows('us-states.json', text, stateRow)).toThrow(LocationDataError);
    expect(() => parseDataRows('us-states.json', text, stateRow)).toThrow(message);
  });
});
