// Sign-in: the API key is posted once and exchanged for an httpOnly session cookie. It is kept
// only in the form field while typing, and cleared whatever the answer.
import { type FormEvent, useState } from 'react';
import { api, type Session } from '../api';

export function SignInPage({ onSignedIn }: { onSignedIn: (session: Session) => void }) {
  const [key, setKey] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const { data, error: problem, response } = await api.POST('/v1/sessions', { body: { apiKey: key.trim() } });
      setKey('');
      if (data && response.ok) {
        onSignedIn({ ...data, authenticatedBy: 'session' });
        return;
      }
      setError(
        response.status === 401
          ? 'That API key is not valid.'
          : ((problem?.error.fields[0]?.message
              ? `API key ${problem.error.fields[0].message}.`
              : problem?.error.message) ?? `Sign-in failed (${response.status}).`),
      );
    } catch {
      setError('The API could not be reached.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="sign-in">
      <h1>exoflow console</h1>
      <form onSubmit={(event) => void submit(event)} aria-describedby="sign-in-help">
        <label htmlFor="api-key">API key</label>
        <input
          id="api-key"
          name="apiKey"
          type="password"
          autoComplete="off"
          spellCheck={false}
          required
          minLength={16}
          value={key}
          onChange={(event) => setKey(event.target.value)}
        />
        <p id="sign-in-help" className="hint">
          Your key is exchanged for a 12-hour session and not stored in this browser.
        </p>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
