// Loads a REST resource, reloads it on demand (live updates call `reload`), keeps the last good
// value while reloading, and reports the error of the last attempt.
import { useCallback, useEffect, useRef, useState } from 'react';

export interface Resource<T> {
  data: T | undefined;
  error: Error | undefined;
  reload: () => Promise<T | undefined>;
}

export function useResource<T>(load: () => Promise<T>, deps: readonly unknown[]): Resource<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<Error>();
  const generation = useRef(0);
  const stableLoad = useCallback(load, deps);

  const reload = useCallback(async () => {
    const mine = ++generation.current;
    try {
      const value = await stableLoad();
      if (mine === generation.current) {
        setData(value);
        setError(undefined);
      }
      return value;
    } catch (caught) {
      if (mine === generation.current) setError(caught instanceof Error ? caught : new Error(String(caught)));
      return undefined;
    }
  }, [stableLoad]);

  useEffect(() => {
    setData(undefined);
    void reload();
  }, [reload]);

  return { data, error, reload };
}
