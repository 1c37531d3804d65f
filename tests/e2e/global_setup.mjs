// Serves the built site once for the whole run (every worker reads E2E_SITE_URL), and fails
// the run at once, before any test, when there is no build or no browser.

import { startServer } from './serve.mjs';
import { missingBuild, DIST, BASE } from './helpers.mjs';

export default async function globalSetup() {
  const why = missingBuild();
  if (why) throw new Error(why);
  const server = await startServer({ dir: DIST, base: BASE, port: 0 });
  process.env.E2E_SITE_URL = server.url;
  return async () => {
    await server.close();
  };
}
