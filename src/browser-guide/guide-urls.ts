// Where the project's Browser guide lives and the Browser commands that open it. One place,
// so the neo4j.conf of the local server, docker-compose.yml, `npm start` and the tests
// all name the same URLs.

/** Path under which the API server serves the guide (see serve-guide.ts). */
export const GUIDE_PATH = '/browser-guide/';
export const GUIDE_FILE = 'index.html';
export const STYLE_FILE = 'style.grass';

/**
 * Hosts Neo4j Browser may fetch guides and styles from
 * (`browser.remote_content_hostname_whitelist`): the API runs on this machine.
 */
export const GUIDE_HOSTS = ['localhost', '127.0.0.1'];

/** The guide's base URL when the API listens on `port` of this machine. */
export function guideBaseUrl(port: number | string): string {
  return `http://localhost:${port}${GUIDE_PATH}`;
}

export function guideUrl(baseUrl: string): string {
  return `${baseUrl}${GUIDE_FILE}`;
}

export function styleUrl(baseUrl: string): string {
  return `${baseUrl}${STYLE_FILE}`;
}

/** What a user types into Neo4j Browser's editor to open the guide in the sidebar. */
export function openGuideCommand(baseUrl: string): string {
  return `:guide ${guideUrl(baseUrl)}`;
}

/**
 * `browser.post_connect_cmd`: Browser splits it on `;` and prefixes each part with `:`,
 * so the commands are written without their colon. Style first, so the guide's first
 * graph is already drawn in the project's colours.
 */
export function postConnectCommand(baseUrl: string): string {
  return `style ${styleUrl(baseUrl)}; guide ${guideUrl(baseUrl)}`;
}
