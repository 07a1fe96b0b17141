// The CRM for bench:events, in its own process (as a real CRM would be): takes every webhook
// and answers 204, nothing else.
import { createServer } from 'node:http';

createServer((req, res) => {
  req.resume();
  req.on('end', () => res.writeHead(204).end());
}).listen(Number(process.env.PORT), '127.0.0.1', () => console.log('ready'));
