import { useCallback, useEffect, useState } from "react";

export type Remote<T> =
  | { readonly status: "loading" }
  | { readonly status: "ready"; readonly data: T }
  | { readonly status: "failed"; readonly error: unknown };

export type RemoteWithRetry<T> = Remote<T> & { readonly retry: () => void };

const loading: Remote<never> = { status: "loading" };

/**
 * Loads data for a view and aborts the request when the view leaves or `key` changes.
 * `key` stands for everything `load` depends on (e.g. the slug); it replaces a dependency
 * list so a new `load` closure on every render does not refetch.
 */
export function useRemote<T>(key: string, load: (signal: AbortSignal) => Promise<T>): RemoteWithRetry<T> {
  const [attempt, setAttempt] = useState(0);
  const [settled, setSettled] = useState<{ for: string; remote: Remote<T> } | null>(null);
  const current = `${attempt}:${key}`;

  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setSettled({ for: current, remote: { status: "ready", data } });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setSettled({ for: current, remote: { status: "failed", error } });
      },
    );
    return () => controller.abort();
    // NOTE: `load` is left out on purpose; `current` already names what it loads.
  }, [current]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  // A result for an older key is stale: show loading rather than the previous topic's data.
  const remote = settled?.for === current ? settled.remote : loading;
  return { ...remote, retry };
}
