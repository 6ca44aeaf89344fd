import { useQuery } from '@apollo/client/react';
import { MeDocument, SkillGapAnalysisDocument, type SkillGapAnalysisQuery } from '@career-navigator/client';
import { Link, useSearchParams } from 'react-router';
import { hasErrorCode } from '../api/index.js';
import { BarChart } from '../charts/index.js';
import {
  DataSources,
  EmptyState,
  ErrorNotice,
  formatShare,
  Loading,
  TargetRoleTabs,
  useRetryWhileCollecting,
} from '../ui/index.js';

import { bandSummaries, ESSENTIAL_SHARE, gapChartData } from './gap-chart-data.js';

const roleLink = (role: string) => `/roles/${encodeURIComponent(role)}`;

export function GapPage() {
  const [params] = useSearchParams();
  const me = useQuery(MeDocument);
  const roles = me.data?.me.targetRoles ?? [];
  const role = params.get('role') ?? roles[0];
  const gap = useQuery(SkillGapAnalysisDocument, {
    variables: { role: role ?? '' },
    skip: !role,
  });
  const collecting = useRetryWhileCollecting(hasErrorCode(gap.error, 'NOT_FOUND'), () => void gap.refetch());

  if (me.loading && !me.data) return <Loading label="Loading your profile…" />;
  if (me.error) return <ErrorNotice error={me.error} onRetry={() => void me.refetch()} />;
  return (
    <section aria-labelledby="gap-title">
      <h1 id="gap-title">Skill gap</h1>
      {roles.length === 0 ? (
        <EmptyState>
          <p>
            Add a target role on your <Link to="/profile">profile</Link> to see what its postings ask for.
          </p>
        </EmptyState>
      ) : (
        <>
          <TargetRoleTabs roles={roles} current={role ?? ''} basePath="/gap" />
          {gap.loading && !gap.data && <Loading label={`Analysing postings for ${role}…`} />}
          {gap.error && collecting && (
            <p className="state state-loading" role="status">
              Postings for {role} are being collected; this page checks again every few seconds.
            </p>
          )}
          {gap.error && (
            <ErrorNotice error={gap.error} linkFor={roleLink} onRetry={() => void gap.refetch()} />
          )}
          {gap.data && !gap.error && <GapReport analysis={gap.data.skillGapAnalysis} />}
        </>
      )}
    </section>
  );
}

type Analysis = SkillGapAnalysisQuery['skillGapAnalysis'];

function GapReport({ analysis }: { analysis: Analysis }) {
  const bands = bandSummaries(analysis.requiredSkills);
  return (
    <>
      <div className="summary-cards">
        <p className="summary-card">
          <span className="summary-figure" data-testid="coverage">
            {formatShare(analysis.coveragePercentage)}
          </span>
          coverage: you have {analysis.skillMatchCount} of {analysis.totalRequiredSkills} required skills
        </p>
        {bands.map((band) => (
          <p key={band.band} className="summary-card">
            <span className="summary-figure">
              {band.have}/{band.total}
            </span>
            {band.band === 'ESSENTIAL' ? 'essential' : 'important'} skills
          </p>
        ))}
      </div>
      <p className="muted">
        {analysis.totalPostingsAnalyzed} postings of the last {analysis.windowDays} days; a skill counts as
        required from {formatShare(analysis.threshold * 100)} of them.
      </p>
      <DataSources sources={analysis.dataSources} />
      {analysis.message && <p className="notice">{analysis.message}</p>}
      {analysis.requiredSkills.length > 0 && (
        <BarChart
          title={`Skills asked for in ${analysis.role} postings (share of postings)`}
          data={gapChartData(analysis.requiredSkills)}
          percent
          guides={[{ value: ESSENTIAL_SHARE, label: 'Essential' }]}
          valueHeading="Share of postings"
        />
      )}
      <p className="legend">
        <span className="swatch swatch-have" aria-hidden="true" /> you have it
        <span className="swatch swatch-missing" aria-hidden="true" /> missing
      </p>
      {bands.some((band) => band.missing.length > 0) && (
        <>
          <h2>What is missing</h2>
          {bands
            .filter((band) => band.missing.length > 0)
            .map((band) => (
              <p key={band.band}>
                <strong>{band.band === 'ESSENTIAL' ? 'Essential' : 'Important'}:</strong>{' '}
                {band.missing.join(', ')}
              </p>
            ))}
          <p>
            <Link className="button primary" to={`/roadmap?role=${encodeURIComponent(analysis.role)}`}>
              Open the learning roadmap
            </Link>
          </p>
        </>
      )}
      {analysis.skillsAskedWithMissing.length > 0 && (
        <>
          <h2>Asked for together with what you miss</h2>
          <ul className="asked-with">
            {analysis.skillsAskedWithMissing.map((entry) => (
              <li key={entry.missingSkill}>
                <strong>{entry.displayName}</strong> ({entry.postings} postings) often comes with{' '}
                {entry.askedWith.length === 0
                  ? 'no other skill you lack'
                  : entry.askedWith
                      .map((partner) => `${partner.displayName} (${formatShare(partner.share)})`)
                      .join(', ')}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
