// The failure types a connect attempt reports to the call workflow (ApplicationFailure.type).
// One definition for the activity that throws them and the workflow that acts on them.
export const ConnectFailure = {
  /** Exotel refused the request with a 4xx: it will not place this call. */
  Rejected: 'ConnectRejected',
  /** Proven that nothing was placed (unreachable, 429, a RestException 5xx): safe to retry. */
  NotPlaced: 'ConnectNotPlaced',
  /** Exotel may have placed the call: reconcile, never dial again. */
  OutcomeUnknown: 'ConnectOutcomeUnknown',
} as const;
