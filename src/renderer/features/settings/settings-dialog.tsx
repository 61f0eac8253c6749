import { useId, useState, type FormEvent } from 'react';
import { setSetting } from '@renderer/db';
import { Modal } from '@renderer/features/shell/modal';
import { REMAPPABLE, validateKeyMap, type KeyMap, type RemappableAction } from '@renderer/features/shortcuts/shortcuts';
import { useCalendar } from '@renderer/features/triage/use-triage';
import { formatHolidayLines, parseHolidayLines } from '@shared/clocks/work-calendar';
import { SETTINGS, useKeyMap, useTheme } from './settings';

/** Settings: appearance, the keys of the main actions (conflicts refused), the holidays the clocks skip. */
export function SettingsDialog({ onClose }: { onClose: () => void }) {
  const id = useId();
  const theme = useTheme();
  const current = useKeyMap();
  const calendar = useCalendar();
  const [keys, setKeys] = useState<KeyMap>(current);
  const [holidays, setHolidays] = useState(() => formatHolidayLines(calendar.holidays));
  const [errors, setErrors] = useState<string[]>([]);

  async function save(event: FormEvent) {
    event.preventDefault();
    const keyErrors = validateKeyMap(keys);
    const parsed = parseHolidayLines(holidays);
    const found = [...keyErrors, ...parsed.errors.map((e) => `Holidays, ${e}`)];
    setErrors(found);
    if (found.length > 0) return;
    await setSetting(SETTINGS.keys, keys);
    await setSetting(SETTINGS.holidays, parsed.holidays);
    onClose();
  }

  return (
    <Modal label="Settings" title="Settings" onClose={onClose} className="settings-modal">
      <form onSubmit={(e) => void save(e)} noValidate>
        <div className="field">
          <label htmlFor={`${id}-theme`}>Appearance</label>
          <select id={`${id}-theme`} value={theme} onChange={(e) => void setSetting(SETTINGS.theme, e.target.value)}>
            <option value="system">Follow the system</option>
            <option value="light">Light</option>
            <option value="dark">Dark</option>
          </select>
        </div>
        <fieldset>
          <legend>Keyboard</legend>
          <table className="keys">
            <tbody>
              {(Object.keys(REMAPPABLE) as RemappableAction[]).map((action) => (
                <tr key={action}>
                  <th scope="row">
                    <label htmlFor={`${id}-key-${action}`}>{REMAPPABLE[action]}</label>
                  </th>
                  <td>
                    <input
                      id={`${id}-key-${action}`}
                      className="key"
                      maxLength={1}
                      value={keys[action]}
                      onChange={(e) => setKeys({ ...keys, [action]: e.target.value })}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-holidays`}>Public holidays the review clocks skip (one a line: 2026-12-25 Christmas Day)</label>
          <textarea id={`${id}-holidays`} rows={8} value={holidays} onChange={(e) => setHolidays(e.target.value)} />
        </div>
        {errors.length > 0 && (
          <div className="field-error" role="alert">
            Not saved: {errors.join('; ')}
          </div>
        )}
        <div className="modal-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary">
            Save settings
          </button>
        </div>
      </form>
    </Modal>
  );
}
