/**
 * A catalog data file that cannot be used. The message names the file, the entry and the
 * field at fault, because these files are edited by hand and a bare "invalid input" would
 * leave the editor searching a file of several hundred entries.
 */
export class CatalogError extends Error {
  constructor(
    readonly filePath: string,
    readonly entry: string | undefined,
    readonly field: string | undefined,
    readonly problem: string,
  ) {
    super(describeProblem(filePath, entry, field, problem));
    this.name = 'CatalogError';
  }
}

function describeProblem(
  filePath: string,
  entry: string | undefined,
  field: string | undefined,
  problem: string,
): string {
  const location = [filePath, entry, field === undefined ? undefined : `field "${field}"`];
  return `${location.filter((part) => part !== undefined).join(': ')}: ${problem}`;
}
