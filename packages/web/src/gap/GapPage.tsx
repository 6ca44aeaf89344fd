import { useQuery } from '@apollo/client/react';
import { SkillGapAnalysisDocument, type SkillGapAnalysisQuery } from '@career-navigator/client';
import { Link } from 'react-router';
import { BarChart } from '../charts/index.js';
import { DataSources, formatShare, TargetRoleReport, useTargetRole } from '../ui/index.js';

import { bandSummaries, ESSENTIAL_SHARE, gapChartData } from './gap-chart-data.js';

export function GapPage() {
  const target = useTargetRole();
  const gap = useQuery(SkillGapAnalysisDocument, {
    variables: { role: target.role ?? '' },
    skip: !target.role,
  });
  return (
    <TargetRoleReport
      title="Skill gap"
      basePath="/gap"
      noRoleHint="to see what its postings ask for."
      loadingLabel={`Analysing postings for ${target.role}…`}
      target={target}
      query={gap}
    >
      {(data) => <GapReport analysis={data.skillGapAnalysis} />}
    </TargetRoleReport>
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
