import type { ReactNode } from 'react';
import type { ViewFailure } from './use-document-data';

/** The one way a document says it cannot be shown: "broken.pdf could not be opened: corrupt (reason)". */
export function FailureAlert({ fileName, failure, children }: { fileName: string; failure: ViewFailure; children?: ReactNode }) {
  return (
    <div className="poe-viewer-failure">
      <p role="alert">
        {fileName} could not be opened: {failure.kind} ({failure.reason})
      </p>
      {children}
    </div>
  );
}
