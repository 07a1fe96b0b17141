// The error bodies Exotel has really sent, read without a network: v1's RestException in JSON or
// XML (whatever the HTTP status), the status a v2 error body states, and what an error under 200 stands for.
import { describe, expect, it } from 'vitest';
import { errorStatusOf, restExceptionOf } from '../../exotel/wire.js';
import { errorBodyOf } from '../../exotel/whatsapp-wire.js';

const read = (text: string) => {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return restExceptionOf(json, text);
};

describe('restExceptionOf', () => {
  it('reads the JSON form, with or without Status', () => {
    expect(read('{"RestException":{"Status":"400","Message":"Invalid To","Code":13223}}')).toEqual({
      status: 400,
      message: 'Invalid To',
    });
    expect(read('{"RestException":{"Message":"No balance"}}')).toEqual({ status: null, message: 'No balance' });
  });

  it('reads the XML form v1 answers without .json, entities decoded', () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-8"?>\n<TwilioResponse>\n  <RestException>\n    <Status>503</Status>\n' +
      '    <Message>Gateway &amp; &lt;switch&gt; down</Message>\n  </RestException>\n</TwilioResponse>';
    expect(read(xml)).toEqual({ status: 503, message: 'Gateway & <switch> down' });
    expect(read('<TwilioResponse><RestException><Message>x</Message></RestException></TwilioResponse>')).toEqual({
      status: null,
      message: 'x',
    });
  });

  it('finds none in a Call, HTML, XML without one, or nothing', () => {
    for (const text of ['{"Call":{"Sid":"a"}}', '<html>502</html>', '<TwilioResponse><Call/></TwilioResponse>', ''])
      expect(read(text)).toBeUndefined();
  });
});

describe('errorStatusOf: what an error body under HTTP 200 stands for', () => {
  it('its own error status, else 400', () => {
    expect([429, 503, 404].map(errorStatusOf)).toEqual([429, 503, 404]);
    expect([null, 200, 302, 0, 1002].map(errorStatusOf)).toEqual([400, 400, 400, 400, 400]);
  });
});

describe('errorBodyOf: the status a v2 error body states', () => {
  it.each([
    ['http_code', { http_code: 402, response: { code: 402, error_data: { message: 'Plan' } } }, 402],
    ['response.code', { response: { code: '503', status: 'failure', error_data: { message: 'Down' } } }, 503],
    ['nothing', { response: { error_data: { message: 'Bad' } } }, null],
    ['an Exotel code, not HTTP', { response: { code: 1002, error_data: { message: 'Bad' } } }, null],
    ['the CPaaS object', { http_code: 429, response: { error: { code: 'rate_limit_exceeded' } } }, 429],
    ['a RestException', { RestException: { Status: 401, Message: 'Auth' } }, 401],
  ])('%s', (_name, body, status) => {
    expect(errorBodyOf(body)?.status).toBe(status);
  });

  it('finds no error body in a send answer', () => {
    expect(errorBodyOf({ response: { whatsapp: { messages: [] } } })).toBeUndefined();
  });
});
