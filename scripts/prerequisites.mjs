// Checks the system prerequisites before the slow steps of `pnpm verify`, so a
// missing redis-server or Go is reported (or redis-server installed) at once.
import { ensurePrerequisites, MissingPrerequisiteError } from '../tools/services/dev-services.mjs';

try {
  ensurePrerequisites();
} catch (error) {
  console.error(error instanceof MissingPrerequisiteError ? error.message : error);
  process.exit(1);
}
