// The call log row as the API shows it (the mapping lives with the calls, where events use it too).
import type { Db } from '../lib/db.js';
import { ApiError } from './errors.js';
import type { Call } from '../generated/prisma/client.js';

export { toCallResource, toRecordingResource } from '../calls/call-resource.js';

/** The call log row, or a 404 naming the call. */
export async function findCallOr404(db: Db, id: string): Promise<Call> {
  const row = await db.call.findUnique({ where: { id } });
  if (!row) throw new ApiError(404, 'not_found', `No call ${id}`);
  return row;
}
