import { useId, useState, type FormEvent } from 'react';
import { Modal } from '@renderer/features/shell/modal';

interface ReviewerNameDialogProps {
  current: string | null;
  onSave: (name: string) => void;
  onCancel: (() => void) | null;
}

/** First run (and the header's "Reviewer: <name>" button): who signs the decisions. */
export function ReviewerNameDialog({ current, onSave, onCancel }: ReviewerNameDialogProps) {
  const [name, setName] = useState(current ?? '');
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setError('Enter your name: every decision records who made it.');
      return;
    }
    onSave(trimmed);
  }

  return (
    <Modal label="Reviewer name" title="Reviewer name" onClose={onCancel}>
      <form onSubmit={submit} noValidate>
        <p className="muted">Your name is recorded with every decision you save, in the decision log and its exports.</p>
        <div className="field">
          <label htmlFor={`${id}-name`}>Your name</label>
          <input
            id={`${id}-name`}
            data-autofocus
            value={name}
            onChange={(e) => setName(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'reviewer-name-error' : undefined}
            autoComplete="name"
          />
        </div>
        {error && (
          <p id="reviewer-name-error" className="field-error">
            {error}
          </p>
        )}
        <div className="modal-actions">
          {onCancel && (
            <button type="button" onClick={onCancel}>
              Cancel
            </button>
          )}
          <button type="submit" className="primary">
            Continue
          </button>
        </div>
      </form>
    </Modal>
  );
}
