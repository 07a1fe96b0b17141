// The failure converter of every Temporal client and worker (lib/temporal.ts): a failure's message
// and stack trace go into its encoded attributes, a payload, which the payload codec encrypts, so
// an error that quotes a phone number is not readable in the history. CommonJS because the SDK
// loads it with require() (the worker's main thread) as well as bundling it into the workflows.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS on purpose (above)
const { DefaultFailureConverter } = require('@temporalio/common');

module.exports.failureConverter = new DefaultFailureConverter({ encodeCommonAttributes: true });
