/** The market page's filters, kept in the address so a filtered view can be shared and reloaded. */
export interface MarketFilters {
  role?: string;
  /** ISO 3166-1 alpha-2, upper case. */
  countryCode?: string;
  /** true: remote only; false: on-site and hybrid only; absent: all. */
  remote?: boolean;
}

const COUNTRY_CODE = /^[A-Z]{2}$/;

export function filtersFromParams(params: URLSearchParams): MarketFilters {
  const filters: MarketFilters = {};
  const role = params.get('role')?.trim();
  if (role) filters.role = role;
  const country = params.get('country')?.trim().toUpperCase();
  if (country && COUNTRY_CODE.test(country)) filters.countryCode = country;
  const remote = params.get('remote');
  if (remote === 'true' || remote === 'false') filters.remote = remote === 'true';
  return filters;
}

export function paramsFromFilters(filters: MarketFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.role) params.set('role', filters.role);
  if (filters.countryCode) params.set('country', filters.countryCode);
  if (filters.remote !== undefined) params.set('remote', String(filters.remote));
  return params;
}

/** The form's raw values → filters, or the message of the field that is wrong. */
export function parseFilterForm(form: {
  role: string;
  country: string;
  remote: string;
}): { filters: MarketFilters } | { field: 'country'; message: string } {
  const country = form.country.trim().toUpperCase();
  if (country !== '' && !COUNTRY_CODE.test(country)) {
    return { field: 'country', message: 'Use a two-letter country code such as US or DE.' };
  }
  const filters: MarketFilters = {};
  if (form.role.trim()) filters.role = form.role.trim();
  if (country) filters.countryCode = country;
  if (form.remote === 'true' || form.remote === 'false') filters.remote = form.remote === 'true';
  return { filters };
}
