import type { ReactNode } from "react";
import { Loading, Problem } from "./Status";
import type { RemoteWithRetry } from "./useRemote";

interface RemoteContentProps<T> {
  readonly remote: RemoteWithRetry<T>;
  /** Shown while loading, e.g. "Loading the topic map…". */
  readonly loading: string;
  readonly missing?: string;
  readonly children: (data: T) => ReactNode;
}

/** Every view's loading and error states in one place, so none is ever a blank page. */
export function RemoteContent<T>({ remote, loading, missing, children }: RemoteContentProps<T>) {
  switch (remote.status) {
    case "loading":
      return <Loading label={loading} />;
    case "failed":
      return <Problem error={remote.error} missing={missing} retry={remote.retry} />;
    case "ready":
      return children(remote.data);
  }
}
