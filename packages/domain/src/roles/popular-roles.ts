/** The roles the original collected and suggested by default. */
export const POPULAR_ROLES: readonly string[] = [
  'Software Engineer',
  'Data Scientist',
  'DevOps Engineer',
  'Frontend Developer',
  'Backend Developer',
  'Full Stack Developer',
  'Machine Learning Engineer',
  'Product Manager',
];
