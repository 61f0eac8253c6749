import { useAppStore } from '@renderer/app/app-store';

/** The app's one polite status region (saved, exported, imported); stable so it is announced. */
export function StatusBar() {
  const status = useAppStore((s) => s.status);
  return (
    <footer className="status-bar">
      <div role="status" className="status-text">
        {status?.text}
      </div>
      {status?.action && (
        <button type="button" className="small status-action" onClick={status.action.run}>
          {status.action.label}
        </button>
      )}
    </footer>
  );
}

/** The app's error banner; it exists only while there is an error, so it never shadows a document's own alert. */
export function AlertBanner() {
  const alert = useAppStore((s) => s.alert);
  const clearAlert = useAppStore((s) => s.clearAlert);
  if (!alert) return null;
  return (
    <div className="alert-box">
      <div role="alert" className="alert-text">
        {alert.text}
      </div>
      <button type="button" className="small" onClick={clearAlert}>
        Dismiss
      </button>
    </div>
  );
}
