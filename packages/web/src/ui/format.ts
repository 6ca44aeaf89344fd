/** A share 0–100 with at most one decimal: "42.5%". */
export const formatShare = (share: number) => `${Number(share.toFixed(1))}%`;

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

/** Whole US dollars, "$95,000"; thousands shortened when `short`: "$95k". */
export function formatUsd(amount: number, short = false): string {
  if (short && Math.abs(amount) >= 1000) return `$${Math.round(amount / 1000)}k`;
  return usd.format(amount);
}

/** A growth figure with its sign, or "n/a" when the earlier window had too few postings to compare. */
export function formatGrowth(percentage: number | null | undefined): string {
  if (percentage === null || percentage === undefined) return 'n/a';
  const rounded = Number(percentage.toFixed(1));
  return `${rounded > 0 ? '+' : ''}${rounded}%`;
}
