import { Component, type ErrorInfo, type ReactNode } from 'react';
import { FailureAlert } from './failure-alert';

interface Props {
  fileName: string;
  children: ReactNode;
}

/** Keeps a document that breaks the viewer from taking the claim view with it: the claim can still be decided. */
export class DocumentErrorBoundary extends Component<Props, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown): { error: Error } {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`Viewer failed on ${this.props.fileName}`, error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.error) {
      return (
        <FailureAlert fileName={this.props.fileName} failure={{ kind: 'error', reason: this.state.error.message || 'the viewer failed' }} />
      );
    }
    return this.props.children;
  }
}
