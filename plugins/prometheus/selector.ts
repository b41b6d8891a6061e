// `--prometheus-selector`: PromQL label matchers that pick the job's series, checked before any query so
// that a typo is an error naming the matcher, never a query the server rejects or one that matches all.

import { InputError } from 'carbon-ci';

const MATCHER = /^\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*(=~|!~|!=|=)\s*"((?:[^"\\]|\\.)*)"\s*(?:,|$)/;
const HINT = 'write label matchers as PromQL does, separated by commas: Hostname="node-7",pod=~"bert-.*",namespace="ml"';

/** The matchers normalised (`a="b",c=~"d"`), for `METRIC{…}`; an InputError naming the first bad matcher. */
export function parseSelector(text: string): string {
  let rest = text.trim().replace(/^\{/, '').replace(/\}$/, '').trim();
  if (rest === '') throw new InputError('the Prometheus selector is empty', { hint: HINT });
  const matchers: string[] = [];
  while (rest !== '') {
    const match = MATCHER.exec(rest);
    if (!match) throw new InputError(`the Prometheus selector ${JSON.stringify(text)} has a matcher that is not label="value": ${JSON.stringify(rest.slice(0, 60))}`, { hint: HINT });
    const [whole, label, op, value] = match as unknown as [string, string, string, string];
    if (op === '=~' || op === '!~') {
      try {
        // Prometheus uses RE2: its leading flag groups (`(?i)bert.*`) are fine there but not in JavaScript.
        new RegExp(`^(?:${value.replace(/\\(.)/g, '$1').replace(/^\(\?[imsU]+\)/, '')})$`);
      } catch {
        throw new InputError(`the Prometheus selector's regular expression for ${label} is not valid: ${JSON.stringify(value)}`, { hint: HINT });
      }
    }
    matchers.push(`${label}${op}"${value}"`);
    rest = rest.slice(whole.length).trim();
  }
  return matchers.join(',');
}
