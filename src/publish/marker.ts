/** The hidden line that makes a PR comment carbon-ci's comment for one report id. */
export function commentMarker(reportId: string): string {
  return `<!-- carbon-ci:report-id=${reportId} -->`;
}

/** True when the comment body is carbon-ci's comment for this report id (the marker opens the body). */
export function isMarkedFor(body: string | null | undefined, reportId: string): boolean {
  return typeof body === 'string' && body.trimStart().startsWith(commentMarker(reportId));
}

/**
 * Put the marker on top of a rendered body. Marker look-alikes inside the body (from a report's
 * strings, which a fork can choose) are defused so that no body can claim another report id.
 */
export function markBody(reportId: string, markdown: string): string {
  return `${commentMarker(reportId)}\n${markdown.replace(/<!--(\s*carbon-ci:)/gi, '&lt;!--$1')}`;
}
