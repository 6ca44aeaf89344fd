import type { TheirStackJob } from '../theirstack/index.js';

/** Stands in for text TheirStack withholds in preview mode. */
export const BLURRED_TEXT = '********';

/**
 * What `blur_company_data: true` returns: the posting without its
 * description, links or employer identity, which is why it costs no credits.
 */
export function blurCompanyData(job: TheirStackJob): TheirStackJob {
  return {
    ...structuredClone(job),
    has_blurred_data: true,
    description: null,
    url: null,
    final_url: null,
    source_url: null,
    company: BLURRED_TEXT,
    company_domain: null,
    company_object: {
      ...structuredClone(job.company_object),
      name: BLURRED_TEXT,
      domain: null,
      url: null,
      linkedin_url: null,
      has_blurred_data: true,
    },
  };
}
