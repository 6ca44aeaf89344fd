import { useQuery } from '@apollo/client/react';
import { MarketTrendsDocument, type MarketTrendsQuery } from '@career-navigator/client';
import { type FormEvent, useState } from 'react';
import { Link, useSearchParams } from 'react-router';

import { BarChart, RemoteSplitChart } from '../charts/index.js';
import { DataSources, EmptyState, ErrorNotice, FormField, Loading } from '../ui/index.js';
import { locationData, skillSalaryData, topSkillsData } from './market-chart-data.js';
import {
  filtersFromParams,
  type MarketFilters,
  paramsFromFilters,
  parseFilterForm,
} from './market-filters.js';

export function MarketPage() {
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const { data, loading, error, refetch } = useQuery(MarketTrendsDocument, {
    variables: {
      role: filters.role ?? null,
      countryCode: filters.countryCode ?? null,
      remote: filters.remote ?? null,
      skillsLimit: 15,
      locationsLimit: 8,
    },
  });
  return (
    <section aria-labelledby="market-title">
      <h1 id="market-title">Market trends</h1>
      <FilterForm
        key={params.toString()}
        filters={filters}
        onApply={(next) => setParams(paramsFromFilters(next))}
      />
      {loading && !data && <Loading label="Reading the market…" />}
      {error && <ErrorNotice error={error} onRetry={() => void refetch()} />}
      {data && <MarketReport market={data.marketTrends} />}
    </section>
  );
}

function FilterForm({
  filters,
  onApply,
}: {
  filters: MarketFilters;
  onApply: (filters: MarketFilters) => void;
}) {
  const [form, setForm] = useState({
    role: filters.role ?? '',
    country: filters.countryCode ?? '',
    remote: filters.remote === undefined ? '' : String(filters.remote),
  });
  const [countryError, setCountryError] = useState<string | undefined>();
  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = parseFilterForm(form);
    if ('field' in parsed) {
      setCountryError(parsed.message);
      return;
    }
    setCountryError(undefined);
    onApply(parsed.filters);
  }
  return (
    <form className="filters" onSubmit={submit} aria-label="Filters">
      <FormField
        label="Role"
        value={form.role}
        placeholder="All roles"
        onChange={(event) => setForm({ ...form, role: event.target.value })}
      />
      <FormField
        label="Country code"
        value={form.country}
        maxLength={2}
        placeholder="e.g. US"
        error={countryError}
        onChange={(event) => setForm({ ...form, country: event.target.value })}
      />
      <div className="field">
        <label htmlFor="market-remote">Remote</label>
        <select
          id="market-remote"
          value={form.remote}
          onChange={(event) => setForm({ ...form, remote: event.target.value })}
        >
          <option value="">All postings</option>
          <option value="true">Remote only</option>
          <option value="false">On-site or hybrid only</option>
        </select>
      </div>
      <div className="field">
        <button type="submit" className="primary">
          Apply filters
        </button>
      </div>
    </form>
  );
}

function MarketReport({ market }: { market: MarketTrendsQuery['marketTrends'] }) {
  if (market.totalJobsAnalyzed === 0) {
    return (
      <EmptyState>
        <p>No postings match these filters in the last {market.windowDays} days. Try fewer filters.</p>
      </EmptyState>
    );
  }
  const { growthWindow } = market;
  return (
    <>
      <p className="muted" data-testid="market-summary">
        {market.totalJobsAnalyzed} postings from {market.window.from} to {market.window.to}
        {market.filters.role && (
          <>
            {' '}
            for <Link to={`/roles/${encodeURIComponent(market.filters.role)}`}>{market.filters.role}</Link>
          </>
        )}
        . Growth compares {growthWindow.from}–{growthWindow.to} with {growthWindow.previousFrom}–
        {growthWindow.previousTo} (n/a: fewer than {growthWindow.minimumSample} earlier postings asked for the
        skill).
      </p>
      <DataSources sources={market.dataSources} />
      <div className="columns">
        <BarChart
          title="Top skills (share of postings, growth)"
          data={topSkillsData(market.topSkills)}
          percent
          valueHeading="Share (growth)"
        />

        {market.skillSalaries.length > 0 ? (
          <BarChart
            title="Salaries by skill (USD a year, 25th–75th percentile, median marked)"
            data={skillSalaryData(market.skillSalaries)}
            valueHeading="Salary range"
          />
        ) : (
          <EmptyState>
            <p>Too few salaried postings for salary percentiles.</p>
          </EmptyState>
        )}
        <RemoteSplitChart distribution={market.remoteDistribution} />
        <BarChart
          title="Top locations (postings)"
          data={locationData(market.topLocations)}
          valueHeading="Postings"
        />
      </div>
    </>
  );
}
