import { Router } from 'express';
import { walkthroughQuery } from '../cypher/walkthroughs.js';
import type { Executor } from '../db/executor.js';
import { retryAfterOf, ServiceUnavailableError } from '../errors.js';
import type { Logger } from '../logger.js';
import { toSeedYaml } from '../walkthroughs/toSeedYaml.js';
import { toWalkthrough, type StoredWalkthrough } from '../walkthroughs/toWalkthrough.js';
import { WALKTHROUGH_ID } from '../walkthroughs/walkthroughSchema.js';

/**
 * `GET /export/walkthroughs/<id>.yaml`: a walkthrough as a seed file, to keep, share, import or
 * commit to seeds/walkthroughs. The id may come with or without its `walkthrough:` prefix (a colon
 * is awkward in a file name). 400 for a malformed id, 404 for an unknown one, plain text either way.
 */
export function walkthroughExportRoute(executor: Executor, logger: Logger): Router {
  const router = Router();
  router.get('/export/walkthroughs/:file', async (req, res) => {
    res.set('Cache-Control', 'no-cache');
    const plain = (status: number, message: string) => res.status(status).type('text/plain; charset=utf-8').send(message);
    const name = /^(.*)\.yaml$/.exec(req.params.file)?.[1] ?? '';
    const id = name.startsWith('walkthrough:') ? name : `walkthrough:${name}`;
    if (!WALKTHROUGH_ID.test(id)) {
      return plain(400, `"${req.params.file}" is not a walkthrough file name: expected /export/walkthroughs/<slug>.yaml, slug in lowercase ascii and hyphens`);
    }
    try {
      const [record] = await executor.read(walkthroughQuery(id));
      if (!record) return plain(404, `No walkthrough with id "${id}"`);
      const slug = id.slice('walkthrough:'.length);
      res
        .status(200)
        .set('Content-Type', 'text/yaml; charset=utf-8')
        .set('Content-Disposition', `attachment; filename="${slug}.yaml"`)
        .send(Buffer.from(toSeedYaml(toWalkthrough(record.get('walkthrough') as StoredWalkthrough)), 'utf8'));
    } catch (error) {
      if (error instanceof ServiceUnavailableError) {
        res.set('Retry-After', String(retryAfterOf(error)));
        return plain(503, error.message);
      }
      logger.error({ err: error, path: req.path }, 'unexpected error while exporting a walkthrough');
      return plain(500, 'Internal server error');
    }
  });
  return router;
}
