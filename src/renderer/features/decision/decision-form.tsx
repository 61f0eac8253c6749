import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import type { CheckId, ClaimCheckReport, DecisionKind } from '@shared/checks/types';
import { Modal } from '@renderer/features/shell/modal';
import { CHECK_LABELS } from '@renderer/features/checklist/check-labels';
import {
  DECISION_KIND_LABELS,
  composeComment,
  formReason,
  hasErrors,
  initialDraft,
  orderReasons,
  validateDecision,
  type DecisionDraft,
  type DecisionErrors,
  type OverrideRule,
} from './decision-rules';

interface DecisionFormProps {
  claimId: string;
  kind: DecisionKind;
  failing: readonly CheckId[];
  /** Why an approve is an override (approveOverrideRules); empty when it is not. */
  rules: readonly OverrideRule[];
  report: ClaimCheckReport | null;
  /** Resolves true once committed; false keeps the form open with its content. */
  onSubmit: (draft: DecisionDraft, decisionId: string) => Promise<boolean>;
  onCancel: () => void;
}

/**
 * Reasons, comment and override note for a decision that needs them. The decision id is made
 * once per form, so a retry after a failed save cannot record the decision twice.
 */
export function DecisionForm({ claimId, kind, failing, rules, report, onSubmit, onCancel }: DecisionFormProps) {
  const [decisionId] = useState(() => crypto.randomUUID());
  const [draft, setDraft] = useState<DecisionDraft>(() => initialDraft(kind, report));
  const [isCommentEdited, setCommentEdited] = useState(false);
  const [errors, setErrors] = useState<DecisionErrors | null>(null);
  const [isSaving, setSaving] = useState(false);
  // The state above re-renders the buttons as disabled, but only after the event: two submits
  // in one task (a fast double click, Ctrl+Enter with a click) would both see it false.
  const isSubmitting = useRef(false);
  const reasons = useMemo(() => orderReasons(failing), [failing]);
  const isApprove = kind === 'approve';
  const id = useId();

  function update(next: DecisionDraft) {
    setDraft(next);
    if (errors) setErrors(validateDecision(next, rules));
  }

  function toggleReason(code: string, isOn: boolean) {
    const list = isOn ? [...draft.reasons, code] : draft.reasons.filter((c) => c !== code);
    update({ ...draft, reasons: list, comment: isCommentEdited ? draft.comment : composeComment(list) });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateDecision(draft, rules);
    setErrors(found);
    if (hasErrors(found) || isSubmitting.current) return;
    isSubmitting.current = true;
    setSaving(true);
    const isSaved = await onSubmit(draft, decisionId);
    if (isSaved) return;
    isSubmitting.current = false;
    setSaving(false);
  }

  return (
    <Modal label="Decision" title={`${DECISION_KIND_LABELS[kind]}: claim ${claimId}`} onClose={onCancel} className="decision-modal">
      <form
        onSubmit={(e) => void submit(e)}
        onKeyDown={(e) => {
          // Ctrl/Cmd+Enter saves from anywhere in the form, text areas included.
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void submit(e);
        }}
        noValidate
      >
        <p className="form-why">
          {isApprove && rules.length > 0 ? 'Approving needs an override note saying why:' : formReason(kind, rules)}
        </p>
        {isApprove && rules.length > 0 && (
          <ul className="override-rules" aria-label="Rules that apply">
            {rules.map((r) => (
              <li key={r.id} data-rule={r.id}>
                {r.message}
              </li>
            ))}
          </ul>
        )}
        {errors && hasErrors(errors) && (
          <p className="field-error" role="alert">
            Not saved yet: {Object.values(errors).join(' ')}
          </p>
        )}
        {!isApprove && (
          <fieldset className="reasons" aria-describedby={errors?.reasons ? 'reasons-error' : undefined}>
            <legend>Reasons</legend>
            {reasons.map((r) => {
              const isFailing = r.checkId !== null && failing.includes(r.checkId);
              return (
                <div key={r.code} className={isFailing ? 'reason failing' : 'reason'}>
                  <input
                    id={`${id}-${r.code}`}
                    type="checkbox"
                    checked={draft.reasons.includes(r.code)}
                    onChange={(e) => toggleReason(r.code, e.target.checked)}
                    aria-describedby={isFailing ? `${id}-${r.code}-tag` : undefined}
                  />
                  <label htmlFor={`${id}-${r.code}`}>{r.label}</label>
                  {isFailing && r.checkId && (
                    <span id={`${id}-${r.code}-tag`} className="reason-tag">
                      fails: {CHECK_LABELS[r.checkId]}
                    </span>
                  )}
                </div>
              );
            })}
            {errors?.reasons && (
              <p id="reasons-error" className="field-error">
                {errors.reasons}
              </p>
            )}
          </fieldset>
        )}
        <div className="field">
          <label htmlFor={`${id}-comment`}>Comment to the partner</label>
          {isApprove && <span className="muted"> (optional)</span>}
          <textarea
            id={`${id}-comment`}
            rows={isApprove ? 2 : 5}
            value={draft.comment}
            aria-invalid={errors?.comment ? true : undefined}
            onChange={(e) => {
              setCommentEdited(true);
              update({ ...draft, comment: e.target.value });
            }}
          />
        </div>
        {errors?.comment && <p className="field-error">{errors.comment}</p>}
        {isApprove && rules.length > 0 && (
          <>
            <div className="field">
              <label htmlFor={`${id}-override`}>Override note</label>
              <textarea
                id={`${id}-override`}
                data-autofocus
                rows={3}
                value={draft.overrideNote}
                aria-invalid={errors?.overrideNote ? true : undefined}
                onChange={(e) => update({ ...draft, overrideNote: e.target.value })}
              />
            </div>
            {errors?.overrideNote && <p className="field-error">{errors.overrideNote}</p>}
          </>
        )}
        <div className="modal-actions">
          <button type="button" onClick={onCancel} disabled={isSaving}>
            Cancel
          </button>
          <span className="muted hint">Ctrl+Enter</span>
          <button type="submit" className={`primary decision-${kind}`} disabled={isSaving}>
            {isSaving ? 'Saving…' : 'Save decision'}
          </button>
        </div>
      </form>
    </Modal>
  );
}
