// Request parameters as ordered name/value pairs: form fields repeat (`Events[]=a&Events[]=b`).

export class Params {
  constructor(readonly pairs: ReadonlyArray<readonly [string, string]>) {}

  static fromSearch(search: URLSearchParams): Params {
    return new Params([...search.entries()]);
  }

  get(name: string): string | undefined {
    return this.pairs.find(([key]) => key === name)?.[1];
  }

  /** A JSON-friendly view for the request record: repeated names become arrays. */
  toRecord(): Record<string, string | string[]> {
    const record: Record<string, string | string[]> = {};
    for (const [key, value] of this.pairs) {
      const existing = record[key];
      if (existing === undefined) record[key] = value;
      else record[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
    }
    return record;
  }
}
