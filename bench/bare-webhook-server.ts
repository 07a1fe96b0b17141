// Baseline for bench:webhooks: an Express handler that only parses the body and answers 200,
// with no storage and no authentication: the ceiling for this machine.
import express from 'express';

const app = express();
app.post('/v1/webhooks/exotel/voice', express.json(), express.urlencoded({ extended: true }), (req, res) => {
  if (!req.body || typeof req.body !== 'object') return void res.status(400).end();
  res.status(200).json({ ok: true });
});
app.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('ready'));
