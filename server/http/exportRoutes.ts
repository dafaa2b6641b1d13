import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import type { Executor } from '../db/executor.js';
import { retryAfterOf, ServiceUnavailableError } from '../errors.js';
import { SHARED_COLUMNS, sharedCsvRows, TARGET_COLUMNS, targetCsvRows } from '../export/csvRows.js';
import { toCsv } from '../export/toCsv.js';
import type { Logger } from '../logger.js';
import { readSharedByBureaus } from '../sharing/readSharedByBureaus.js';
import { readInvestmentTargets } from '../targets/investmentTargets.js';

/** minBureaus as a URL gives it: digits only, 1..100, 2 when absent (as the GraphQL field). */
const minBureausParam = z
  .string({ error: 'must be given once, as an integer from 1 to 100' })
  .optional()
  .transform((raw, ctx) => {
    if (raw === undefined) return 2;
    const value = /^[0-9]{1,3}$/.test(raw) ? Number(raw) : NaN;
    if (value >= 1 && value <= 100) return value;
    ctx.addIssue({ code: 'custom', message: `must be an integer from 1 to 100, got ${JSON.stringify(raw)}` });
    return z.NEVER;
  });

const SharedParams = z.object({ minBureaus: minBureausParam });

/** A bad query parameter: 400 with a plain message naming it. */
class BadParameterError extends Error {}

/**
 * The tables as CSV files, so that a link can be shared and opened in a spreadsheet:
 * `GET /export/shared.csv?minBureaus=2` and `GET /export/investment-targets.csv`. Each runs one
 * bounded read through the app's executor (the same fair sharing as GraphQL; the per-request cost
 * limit is GraphQL's and does not apply). Failures are short plain-text answers: 400 naming the
 * parameter, 503 with Retry-After while the database is down or busy, otherwise 500; never a stack.
 */
export function exportRoutes(executor: Executor, logger: Logger): Router {
  const router = Router();

  router.get(
    '/export/shared.csv',
    csvRoute(logger, 'shared.csv', async (req) => {
      const { minBureaus } = parseParams(SharedParams, req.query);
      const shared = await readSharedByBureaus(executor, { kinds: null, minBureaus, limit: null, withPledges: true });
      return toCsv(sharedCsvRows(shared), SHARED_COLUMNS);
    }),
  );

  router.get(
    '/export/investment-targets.csv',
    csvRoute(logger, 'investment-targets.csv', async () => toCsv(targetCsvRows(await readInvestmentTargets(executor, null)), TARGET_COLUMNS)),
  );

  return router;
}

function parseParams<S extends z.ZodType>(schema: S, query: unknown): z.infer<S> {
  const parsed = schema.safeParse(query);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new BadParameterError(`Parameter "${String(issue.path[0] ?? 'query')}" ${issue.message}`);
}

function csvRoute(logger: Logger, filename: string, make: (req: Request) => Promise<string>) {
  return async (req: Request, res: Response) => {
    res.set('Cache-Control', 'no-cache');
    try {
      const csv = await make(req);
      res
        .status(200)
        .set('Content-Type', 'text/csv; charset=utf-8')
        .set('Content-Disposition', `attachment; filename="${filename}"`)
        .send(Buffer.from(csv, 'utf8'));
    } catch (error) {
      if (error instanceof BadParameterError) {
        res.status(400).type('text/plain; charset=utf-8').send(error.message);
      } else if (error instanceof ServiceUnavailableError) {
        // As unavailableStatus does for GraphQL.
        res
          .status(503)
          .set('Retry-After', String(retryAfterOf(error)))
          .type('text/plain; charset=utf-8')
          .send(error.message);
      } else {
        logger.error({ err: error, path: req.path }, 'unexpected error while exporting a CSV');
        res.status(500).type('text/plain; charset=utf-8').send('Internal server error');
      }
    }
  };
}
