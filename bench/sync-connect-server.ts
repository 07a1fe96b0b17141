// Baseline for bench:calls: the synchronous design of the original integration guide (docs/exotel.md §2), a handler that calls
// Exotel's connect API directly inside the request (no workflow, no durability).
import express from 'express';
import { ExotelClient } from '../exotel/client.js';

const exotel = new ExotelClient({
  baseUrl: process.env.EXOTEL_BASE_URL!,
  accountSid: process.env.EXOTEL_SID!,
  apiKey: process.env.EXOTEL_API_KEY!,
  apiToken: process.env.EXOTEL_API_TOKEN!,
  timeoutMs: 10_000,
});
const app = express();
app.post('/v1/calls', express.json(), async (req, res) => {
  const call = await exotel.connect({
    from: req.body.agentNumber,
    to: req.body.customerNumber,
    callerId: process.env.EXOTEL_CALLER_ID!,
    statusCallbackUrl: 'http://127.0.0.1:9/none',
    customField: 'baseline',
    record: false,
    timeLimitSec: 60,
    ringTimeoutSec: 30,
  });
  res.status(200).json({ sid: call.Sid });
});
app.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('ready'));
