import { Component } from "react";
import type { ReactNode } from "react";
import { Problem } from "./Status";

interface ErrorBoundaryProps {
  readonly children: ReactNode;
  /** Changing it (e.g. the URL) clears the error, so navigating away recovers. */
  readonly resetKey: string;
}

interface ErrorBoundaryState {
  readonly error: unknown;
  readonly resetKey: string;
}

/** Catches a render error or a scene chunk that fails to load, so the page is never blank. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<ErrorBoundaryState> {
    return { error: error ?? new Error("Unknown error") };
  }

  static getDerivedStateFromProps(
    props: ErrorBoundaryProps,
    state: ErrorBoundaryState,
  ): Partial<ErrorBoundaryState> | null {
    return props.resetKey === state.resetKey ? null : { error: null, resetKey: props.resetKey };
  }

  override render() {
    if (this.state.error) return <Problem error={this.state.error} retry={() => location.reload()} />;
    return this.props.children;
  }
}
