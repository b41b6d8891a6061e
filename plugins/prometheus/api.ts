import { InputError } from 'carbon-ci';
import type { Logger } from 'carbon-ci';

/** One series of an answer: its labels and its (time s, value text) pairs; an instant vector's one pair included. */
export interface Series {
  metric: Record<string, string>;
  values: [number, string][];
}

/** Answers that Prometheus (and Thanos, Mimir, VictoriaMetrics) give when a query would load too much. */
const TOO_LARGE = /too many samples|exceeded maximum resolution|max(?:imum)? (?:number of )?(?:samples|series|chunks|points)|limit .*exceeded|exceeds? the (?:limit|maximum)|query is too large|resource exhausted/i;

/** Why the server refused a query for its size: the caller may split the query and try again. */
export class QueryTooLargeError extends InputError {}

export interface ApiOptions {
  base: string;
  headers?: Record<string, string>;
  timeoutMs: number;
  signal: AbortSignal;
  log: Logger;
}

/**
 * The Prometheus HTTP API (`/api/v1/query`, `/api/v1/query_range`): each failure is an InputError that
 * says what to check, and the `warnings` of a partial answer are logged once each (the data may be
 * incomplete: a Thanos store or a Mimir querier that did not answer).
 */
export class PrometheusApi {
  private readonly warned = new Set<string>();

  constructor(private readonly options: ApiOptions) {}

  /** An instant query at `timeS`: a matrix (a range selector) or a vector, as series. */
  async instant(query: string, timeS: number): Promise<Series[]> {
    return seriesOf(query, await this.get('query', query, { time: String(timeS) }));
  }

  /** A range query evaluated at startS, startS + stepS, … endS. */
  async range(query: string, startS: number, endS: number, stepS: number): Promise<Series[]> {
    return seriesOf(query, await this.get('query_range', query, { start: String(startS), end: String(endS), step: String(stepS) }));
  }

  /** The label sets of the series that `selector` matches in [startS, endS], from the index alone: no sample is read. */
  async series(selector: string, startS: number, endS: number): Promise<Record<string, string>[]> {
    const data = await this.get('series', selector, { start: String(startS), end: String(endS) });
    if (!Array.isArray(data)) throw new InputError(`Prometheus answered the series of ${selector} without a list`, { hint: 'the server is not Prometheus-compatible' });
    return data as Record<string, string>[];
  }

  /** The `data` of a successful answer; every failure an InputError that says what to check. */
  private async get(endpoint: 'query' | 'query_range' | 'series', query: string, params: Record<string, string>): Promise<unknown> {
    const { base, headers, timeoutMs, signal } = this.options;
    const url = new URL(`api/v1/${endpoint}`, base.endsWith('/') ? base : `${base}/`);
    url.searchParams.set(endpoint === 'series' ? 'match[]' : 'query', query);
    for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
    const timeout = AbortSignal.timeout(timeoutMs);
    let response: Response;
    try {
      response = await fetch(url, { headers, signal: AbortSignal.any([signal, timeout]) });
    } catch (error) {
      signal.throwIfAborted();
      const reason = timeout.aborted ? `no answer within ${timeoutMs} ms` : (error as Error).message;
      throw new InputError(`cannot query Prometheus at ${base}: ${reason}`, {
        hint: timeout.aborted
          ? 'the server may be overloaded by the query: narrow the window or the selector, or raise the timeout'
          : 'check the URL (scheme, host, port, path prefix) and that this machine can reach it',
      });
    }
    const text = await response.text();
    if (response.status === 401 || response.status === 403) {
      throw new InputError(`Prometheus at ${base} refused the request: HTTP ${response.status} ${response.status === 401 ? '(not authenticated)' : '(forbidden)'}`, {
        hint: 'give credentials: prometheus-headers (e.g. Authorization: Bearer …, from a secret) or user:password@ in the URL',
      });
    }
    let body: { status?: string; error?: string; errorType?: string; warnings?: unknown; data?: unknown };
    try {
      body = JSON.parse(text);
    } catch {
      throw new InputError(`${url.origin}${url.pathname} answered HTTP ${response.status} with something that is not the Prometheus API`, {
        hint: 'point the URL at the Prometheus server itself (the address of its web UI)',
      });
    }
    if (Array.isArray(body.warnings)) this.warn(body.warnings);
    if (body.status !== 'success') {
      const reason = `${body.errorType ?? ''} ${body.error ?? `HTTP ${response.status}`}`.trim();
      if (TOO_LARGE.test(reason)) {
        throw new QueryTooLargeError(`Prometheus at ${base} refused the query ${query} as too large: ${reason}`, {
          hint: 'narrow the window or the selector (one node, one job); the server\'s limits (query.max-samples, Thanos/Mimir query limits) decide what fits',
        });
      }
      throw new InputError(`Prometheus refused the query ${query}: ${reason}`, { hint: 'check the URL, the selector and the time window' });
    }
    return body.data;
  }

  private warn(warnings: unknown[]): void {
    for (const warning of warnings) {
      const text = String(warning);
      if (this.warned.has(text)) continue;
      this.warned.add(text);
      this.options.log.warn(`${this.options.base}: Prometheus answered with a warning, so its data may be partial: ${text}`);
    }
  }
}

/** An instant or range query's answer as series: a matrix as it is, a vector's single values as one-value series. */
function seriesOf(query: string, data: unknown): Series[] {
  const { resultType, result } = (data ?? {}) as { resultType?: string; result?: unknown };
  if ((resultType !== 'matrix' && resultType !== 'vector') || !Array.isArray(result)) {
    throw new InputError(`Prometheus answered the query ${query} without a matrix or vector`, { hint: 'the server is not Prometheus-compatible' });
  }
  if (resultType === 'matrix') return result as Series[];
  return (result as { metric: Record<string, string>; value: [number, string] }[]).map(({ metric, value }) => ({ metric, values: [value] }));
}
