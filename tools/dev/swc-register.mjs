// `node --import ./tools/dev/swc-register.mjs main.ts`: TypeScript sources through SWC.
import { register } from 'node:module';

register('./swc-hooks.mjs', import.meta.url);
