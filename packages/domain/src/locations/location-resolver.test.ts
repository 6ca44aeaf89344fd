import { itMaps } from '@career-navigator/testkit';
import { describe, expect, it } from 'vitest';
import { COUNTRIES } from './countries.js';
import { countryCodeFor, countryName } from './index.js';
import { isRemoteLocation } from './location-resolver.js';
import { POPULAR_LOCATIONS } from './popular-locations.js';
import { US_STATES } from './us-states.js';

describe('country and state data', () => {
  it('lists every ISO 3166-1 country once, plus Kosovo', () => {
    expect(COUNTRIES).toHaveLength(250);
    expect(new Set(COUNTRIES.map((country) => country.alpha2)).size).toBe(250);
    expect(new Set(COUNTRIES.map((country) => country.alpha3)).size).toBe(250);
    for (const country of COUNTRIES) {
      expect(country.alpha2).toMatch(/^[A-Z]{2}$/);
      expect(country.alpha3).toMatch(/^[A-Z]{3}$/);
    }
  });

  it('agrees with the ICU region names bundled with Node on which codes exist', () => {
    const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
    for (const country of COUNTRIES) expect(regionNames.of(country.alpha2)).not.toBe(country.alpha2);
  });

  it('never puts a part separator inside a name, so every name can be looked up', () => {
    for (const country of COUNTRIES) {
      for (const name of [country.name, ...country.aliases]) {
        expect(name).not.toMatch(/[,;|/()[\]]/);
        expect(countryCodeFor(name)).toBe(country.alpha2);
      }
    }
  });

  it('lists the 50 states and DC, each found by code and name', () => {
    expect(US_STATES).toHaveLength(51);
    for (const state of US_STATES) {
      expect(countryCodeFor(`Springfield, ${state.code}`)).toBe('US');
      expect(countryCodeFor(`Springfield, ${state.name}`)).toBe('US');
    }
  });
});

describe('countryCodeFor', () => {
  itMaps(countryCodeFor, {
    'resolves every code of the original table': {
      'United States': 'US',
      India: 'IN',
      'United Kingdom': 'GB',
      UK: 'GB',
      Canada: 'CA',
      Germany: 'DE',
      Australia: 'AU',
      Singapore: 'SG',
      Japan: 'JP',
      'Hong Kong': 'HK',
      Switzerland: 'CH',
      France: 'FR',
      Netherlands: 'NL',
      Ireland: 'IE',
      Sweden: 'SE',
    },
  });

  it('resolves every popular location except Remote', () => {
    for (const location of POPULAR_LOCATIONS) {
      if (location === 'Remote') expect(countryCodeFor(location)).toBeUndefined();
      else expect(countryCodeFor(location)).toMatch(/^[A-Z]{2}$/);
    }
  });

  itMaps(countryCodeFor, {
    'knows the common forms of country names': {
      USA: 'US',
      'U.S.': 'US',
      'U.S.A.': 'US',
      'United States of America': 'US',
      America: 'US',
      'U.K.': 'GB',
      'Great Britain': 'GB',
      England: 'GB',
      Scotland: 'GB',
      Wales: 'GB',
      'Northern Ireland': 'GB',
      Deutschland: 'DE',
      Holland: 'NL',
      'The Netherlands': 'NL',
      'South Korea': 'KR',
      Korea: 'KR',
      'North Korea': 'KP',
      Czechia: 'CZ',
      'Czech Republic': 'CZ',
      UAE: 'AE',
      Türkiye: 'TR',
      Turkiye: 'TR',
      "Cote d'Ivoire": 'CI',
      'Bosnia & Herzegovina': 'BA',
      'Guinea-Bissau': 'GW',
      'Papua New Guinea': 'PG',
    },
    'reads ISO-2 codes in any case and ISO-3 codes in capitals': {
      DE: 'DE',
      gb: 'GB',
      DEU: 'DE',
      GBR: 'GB',
      GUY: 'GY',
      Guy: undefined,
    },
    'looks at the last part first': {
      'Berlin, Germany': 'DE',
      'Toronto, Ontario, Canada': 'CA',
      'Perth, Western Australia, Australia': 'AU',
      'Dublin, Ireland': 'IE',
      'São Paulo, Brasil': 'BR',
    },
    'reads US "City, ST" and "City, State" forms': {
      'Austin, TX': 'US',
      'Austin TX': 'US',
      'Seattle, Washington': 'US',
      'San Diego, CA': 'US',
      'Washington, D.C.': 'US',
      'Newark, New Jersey': 'US',
      Texas: 'US',
    },
    'reads a code standing alone as a country, but after a city as a US state': {
      CA: 'CA',
      'Los Angeles, CA': 'US',
      IN: 'IN',
      'Bloomington, IN': 'US',
    },
  });

  describe('matches whole words, never substrings', () => {
    it('does not read Milwaukee as the UK', () => {
      expect(countryCodeFor('Milwaukee')).toBeUndefined();
      expect(countryCodeFor('Milwaukee, WI')).toBe('US');
    });

    itMaps(countryCodeFor, {
      'does not read Indiana as India': {
        Indiana: 'US',
        'Indianapolis, Indiana': 'US',
        Indianapolis: undefined,
      },
    });

    it('does not read Ukraine as the UK', () => {
      expect(countryCodeFor('Ukraine')).toBe('UA');
      expect(countryCodeFor('Kyiv, Ukraine')).toBe('UA');
    });

    it('does not read lower-case words as codes inside text', () => {
      expect(countryCodeFor('Jobs in Berlin')).toBeUndefined();
      expect(countryCodeFor('Latin America')).toBeUndefined();
    });

    itMaps(countryCodeFor, {
      'prefers the longest name': {
        'Port Moresby Papua New Guinea': 'PG',
        'New Jersey': 'US',
        Jersey: 'JE',
        'Juba, South Sudan': 'SS',
      },
    });
  });

  describe('Georgia', () => {
    it('is the country when it stands alone', () => {
      expect(countryCodeFor('Georgia')).toBe('GE');
    });

    it('is the US state after a city, as US postings write it', () => {
      expect(countryCodeFor('Atlanta, Georgia')).toBe('US');
      expect(countryCodeFor('Atlanta, GA')).toBe('US');
    });

    it('is the country after a Georgian city', () => {
      expect(countryCodeFor('Tbilisi, Georgia')).toBe('GE');
    });
  });

  itMaps(countryCodeFor, {
    'gives no country for remote wording alone, and the country when one is named': {
      Remote: undefined,
      Anywhere: undefined,
      Worldwide: undefined,
      'Fully Remote': undefined,
      'Work from home': undefined,
      '': undefined,
      'Remote - US': 'US',
      'United States (Remote)': 'US',
      'Remote in the UK': 'GB',
    },
    'gives no country for unknown places': { Atlantis: undefined, London: undefined },
  });
});

describe('isRemoteLocation', () => {
  itMaps(isRemoteLocation, {
    'detects remote wording as whole words': {
      Remote: true,
      'remote - US': true,
      'Berlin, Germany (Remote)': true,
      Anywhere: true,
      Worldwide: true,
      'Home-based, UK': true,
      WFH: true,
    },
    'is false for places': {
      'Berlin, Germany': false,
      'Remoteville, TX': false,
      '': false,
    },
  });
});

describe('countryName', () => {
  itMaps(countryName, {
    'names a country by its ISO-2 code in any case': {
      DE: 'Germany',
      gb: 'United Kingdom',
      ' us ': 'United States',
      KR: 'South Korea',
      XK: 'Kosovo',
    },
  });

  it('is undefined for unknown codes', () => {
    expect(countryName('ZZ')).toBeUndefined();
    expect(countryName('')).toBeUndefined();
  });
});
