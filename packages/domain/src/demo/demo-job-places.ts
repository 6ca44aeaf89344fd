import type { TheirStackJob, TheirStackLocation } from '../theirstack/index.js';
import { type DemoCity, type DemoCountry, REMOTE_LABEL_SHARE } from './demo-locations.js';
import type { SeededRandom } from './seeded-random.js';

export type JobPlace = Pick<
  TheirStackJob,
  | 'location'
  | 'short_location'
  | 'long_location'
  | 'state_code'
  | 'country'
  | 'country_code'
  | 'country_codes'
  | 'cities'
  | 'latitude'
  | 'longitude'
  | 'locations'
>;

/** The location fields of a posting in `city`, or of a remote one labelled with the country or with "Remote". */
export function placeJob(
  random: SeededRandom,
  country: DemoCountry,
  city: DemoCity,
  remote: boolean,
): JobPlace {
  const countryFields = { country: country.name, country_code: country.code, country_codes: [country.code] };
  if (remote && random.chance(REMOTE_LABEL_SHARE)) {
    const countryLocation: TheirStackLocation = {
      display_name: country.name,
      name: country.name,
      type: 'country',
      country_code: country.code,
      country_name: country.name,
      continent: country.continent,
    };
    return {
      ...countryFields,
      location: 'Remote',
      short_location: 'Remote',
      long_location: `Remote, ${country.name}`,
      state_code: null,
      cities: [],
      latitude: null,
      longitude: null,
      locations: [countryLocation],
    };
  }
  const region = city.admin1Name ? `${city.admin1Name}, ` : '';
  const cityLocation: TheirStackLocation = {
    display_name: `${city.name}, ${region}${country.name}`,
    name: city.name,
    type: 'city',
    country_code: country.code,
    country_name: country.name,
    admin1_name: city.admin1Name,
    admin1_code: city.admin1Code,
    continent: country.continent,
    latitude: city.latitude,
    longitude: city.longitude,
  };
  return {
    ...countryFields,
    location: city.name,
    short_location: city.admin1Code ? `${city.name}, ${city.admin1Code}` : city.name,
    long_location: cityLocation.display_name,
    state_code: city.admin1Code,
    cities: [city.name],
    latitude: city.latitude,
    longitude: city.longitude,
    locations: [cityLocation],
  };
}
