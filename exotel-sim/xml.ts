// v1 answers XML (`<TwilioResponse>`) when the path has no `.json`. Arrays repeat their items'
// single key (`{Calls:[{Call:{..}}]}` → `<Calls><Call>..</Call></Calls>`); null is an empty element.

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function element(name: string, value: unknown): string {
  if (value === null || value === undefined) return `<${name}/>`;
  if (Array.isArray(value)) return `<${name}>${value.map((item) => children(item)).join('')}</${name}>`;
  if (typeof value === 'object') return `<${name}>${children(value)}</${name}>`;
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}

function children(value: unknown): string {
  if (value === null || typeof value !== 'object') return escapeXml(String(value ?? ''));
  return Object.entries(value)
    .map(([key, child]) => element(key, child))
    .join('');
}

export function toTwilioResponseXml(body: object): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${element('TwilioResponse', body)}\n`;
}
