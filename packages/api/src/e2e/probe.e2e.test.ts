import { defineProbeSuite } from '../test-support/probe/probe-suite.js';
import { useTestApi } from '../test-support/test-api.js';

defineProbeSuite(useTestApi(), { production: false });
