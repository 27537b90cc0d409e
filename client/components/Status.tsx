import type { ReactNode } from "react";
import { Link } from "react-router";
import { describeProblem } from "./describeProblem";

export function Loading({ label }: { label: string }) {
  return (
    <p className="status status-loading" role="status" data-testid="loading">
      <span className="spinner" aria-hidden="true" />
      {label}
    </p>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return (
    <p className="status status-empty" data-testid="empty">
      {children}
    </p>
  );
}

interface ProblemProps {
  readonly error: unknown;
  /** How the view names what it could not find, e.g. "This insight". */
  readonly missing?: string;
  readonly retry?: () => void;
}

export function Problem({ error, missing, retry }: ProblemProps) {
  const { title, detail, retryable } = describeProblem(error, missing);
  return (
    <div className="status status-problem" role="alert" data-testid="problem">
      <p className="problem-title">{title}</p>
      <p className="problem-detail">{detail}</p>
      {retry && retryable ? (
        <button type="button" onClick={retry}>
          Try again
        </button>
      ) : null}
      {retryable ? null : <Link to="/">Back to the topic map</Link>}
    </div>
  );
}
