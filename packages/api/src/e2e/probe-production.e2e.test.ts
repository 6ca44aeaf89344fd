import { PRODUCTION_ENV } from '../test-support/introspection-probe.js';
import { defineProbeSuite } from '../test-support/probe/probe-suite.js';
import { useTestApi } from '../test-support/test-api.js';

defineProbeSuite(useTestApi({ env: PRODUCTION_ENV }), { production: true });
