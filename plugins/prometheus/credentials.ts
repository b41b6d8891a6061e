/**
 * A Prometheus URL with its credentials taken out: `http://user:pass@host/` becomes the URL without
 * them, for requests and every message, and a Basic `Authorization` header, so that no error, log
 * or report shows the password (fetch refuses URLs with credentials anyway).
 */
export function splitCredentials(text: string): { base: string; authorization?: string } | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  if (url.username === '' && url.password === '') return { base: url.toString() };
  const user = decodeURIComponent(url.username);
  const password = decodeURIComponent(url.password);
  url.username = '';
  url.password = '';
  return { base: url.toString(), authorization: `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}` };
}

/** The text of a URL as it may be shown: any `user:password@` masked, even when the text is no URL. */
export function redactUrl(text: string): string {
  return text.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#@\s]*@/i, '$1***@');
}
