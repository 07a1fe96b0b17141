/** An error answered as `{"RestException":{"Status":..,"Message":..}}`. */
export class RestError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code?: number,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'RestError';
  }
}

export function restExceptionBody(error: RestError): {
  RestException: { Status: number; Message: string; Code?: number };
} {
  const body: { Status: number; Message: string; Code?: number } = { Status: error.status, Message: error.message };
  if (error.code !== undefined) body.Code = error.code;
  return { RestException: body };
}
