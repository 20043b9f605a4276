/** A configuration that cannot run; the message is one line naming the variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** An http(s) URL from the environment, or null when the variable is unset. */
export function httpUrl(env: NodeJS.ProcessEnv, name: string): string | null {
  const raw = env[name];
  if (raw === undefined || raw === '') return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`${name} must be an http(s) URL, got "${raw}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ConfigError(`${name} must be an http(s) URL, got "${raw}"`);
  return url.toString();
}
