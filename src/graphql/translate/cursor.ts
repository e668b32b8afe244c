// Opaque keyset cursors. A cursor holds the sort key of the last item of a page (order,
// name, id), base64url-encoded, so the next page starts strictly after that key: inserts
// and deletes elsewhere never shift a page the way an offset would.
import { badInput } from '../errors.js';

export type EntityOrder = 'NAME_ASC' | 'NAME_DESC' | 'ID_ASC';

export interface CursorKey {
  order: EntityOrder;
  name: string;
  id: string;
}

export function encodeCursor(raw: unknown): string | null {
  if (!Array.isArray(raw)) return null;
  return Buffer.from(JSON.stringify(['c1', ...raw]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, order: EntityOrder): CursorKey {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== 4 ||
    parsed[0] !== 'c1' ||
    typeof parsed[1] !== 'string' ||
    typeof parsed[2] !== 'string' ||
    typeof parsed[3] !== 'string'
  ) {
    throw badInput(
      '`after` is not a cursor this API issued. Pass `pageInfo.endCursor` of the previous page unchanged.',
      { argument: 'after' },
    );
  }
  if (parsed[1] !== order) {
    throw badInput(`\`after\` was issued for orderBy ${parsed[1]}, not ${order}. Keep the same orderBy while paging.`, {
      argument: 'after',
    });
  }
  return { order, name: parsed[2], id: parsed[3] };
}
