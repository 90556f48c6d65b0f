import { describe, expect, it } from 'vitest';
import { ofKind } from './helpers';

describe('measures', () => {
  it.each([
    ['A 12-tonne lorry hit the bridge.', '12-tonne', 12, 'tonne'],
    ['It resurfaces 3.5 miles of road.', '3.5 miles', 3.5, 'mile'],
    ['Drivers hit 40mph on the lane.', '40mph', 40, 'mph'],
    ['It is a 20mph limit.', '20mph', 20, 'mph'],
    ['The limit drops to 30 mph.', '30 mph', 30, 'mph'],
    ['The site covers 2.4 hectares.', '2.4 hectares', 2.4, 'hectare'],
    ['The unit has 500 sq ft of space.', '500 sq ft', 500, 'square foot'],
    ['A 6ft fence went up.', '6ft', 6, 'foot'],
    ['A six-foot fence went up.', 'six-foot', 6, 'foot'],
    ['The plan keeps a 6-acre park.', '6-acre', 6, 'acre'],
    ['The route is 12 kilometres long.', '12 kilometres', 12, 'kilometre'],
    ['A 1.5km cycle lane opens.', '1.5km', 1.5, 'kilometre'],
    ['The wall will be 3m high.', '3m', 3, 'metre'],
    ['It is 200 metres from the school.', '200 metres', 200, 'metre'],
    ['Offices of 12,000 square feet are planned.', '12,000 square feet', 12000, 'square foot'],
    ['Flats of 45 square metres are too small.', '45 square metres', 45, 'square metre'],
    ['A 50MW solar farm was approved.', '50MW', 50, 'MW'],
    ['It produces 400 kWh a day.', '400 kWh', 400, 'kWh'],
    ['The tank holds 5,000 litres.', '5,000 litres', 5000, 'litre'],
    ['Some 20 gallons leaked.', '20 gallons', 20, 'gallon'],
    ['A 40-ton truck overturned.', '40-ton', 40, 'tonne'],
    ['They walked two and a half miles.', 'two and a half miles', 2.5, 'mile'],
    ['The limit is 50 km/h in town.', '50 km/h', 50, 'km/h'],
    ['It weighed 80kg.', '80kg', 80, 'kilogram'],
    ['A 10-inch pipe burst.', '10-inch', 10, 'inch'],
    ['The extension would yield 2.6 million tonnes of gravel.', '2.6 million tonnes', 2600000, 'tonne'],
    ['A 240,000-square-foot warehouse.', '240,000-square-foot', 240000, 'square foot'],
    ['The fire came within half a mile of the village.', 'half a mile', 0.5, 'mile'],
    ['It would replace the 2-million-gallon reservoir.', '2-million-gallon', 2000000, 'gallon'],
    ['The site is a mile and a half from the school.', 'a mile and a half', 1.5, 'mile'],
    ['She lives about three-quarters of a mile from the barns.', 'three-quarters of a mile', 0.75, 'mile'],
    ['The garden is a quarter of an acre.', 'a quarter of an acre', 0.25, 'acre'],
  ])('%s', (sentence, text, value, unit) => {
    expect(ofKind(sentence, 'measure')).toEqual([[text, value, unit]]);
  });

  it.each(['The council has a £5m gap.', 'He came in 5th.', 'They met in 2019 in Leeds.', 'The A38 is closed.', '5m people live there.', 'Band D rises.'])(
    'no measure in: %s',
    (sentence) => {
      expect(ofKind(sentence, 'measure')).toEqual([]);
    },
  );
});
