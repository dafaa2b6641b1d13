import { BadUserInputError } from '../errors.js';
import type { MutationResolvers } from '../generated/graphql.js';
import { parseWalkthroughYaml } from '../walkthroughs/parseWalkthroughYaml.js';
import { saveWalkthrough } from '../walkthroughs/saveWalkthrough.js';

/** A walkthrough file (seeds' format) saved as the user's: under its own id when free, else a new one. */
export const importWalkthrough: MutationResolvers['importWalkthrough'] = (_parent, args, { executor }) => {
  const { walkthrough, lineOf } = parseWalkthroughYaml(args.yaml);
  const { id, ...fields } = walkthrough;
  return saveWalkthrough(executor, fields, { prefer: id }, (unknown) => {
    const lines = unknown.map(
      ({ step, focus, id: missing }) => `yaml:${lineOf(['steps', step, 'focus', focus])}: steps[${step}].focus[${focus}]: unknown id "${missing}"`,
    );
    const ids = [...new Set(unknown.map((u) => u.id))];
    return new BadUserInputError('yaml', `names entities that do not exist:\n${lines.join('\n')}`, {
      ids,
      line: lineOf(['steps', unknown[0]!.step, 'focus', unknown[0]!.focus]),
    });
  });
};
