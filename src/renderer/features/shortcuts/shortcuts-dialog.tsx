import { Modal } from '@renderer/features/shell/modal';
import { useKeyMap } from '@renderer/features/settings/settings';
import { shortcutHelp } from './shortcuts';

/** The `?` overlay: every key the app knows. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const keys = useKeyMap();
  return (
    <Modal label="Keyboard shortcuts" title="Keyboard shortcuts" onClose={onClose} className="shortcuts-modal">
      <p className="muted">Keys work outside text fields. Hold no modifier.</p>
      <table className="shortcuts">
        <tbody>
          {shortcutHelp(keys).map((s) => (
            <tr key={s.keys}>
              <th scope="row">
                <kbd>{s.keys}</kbd>
              </th>
              <td>{s.action}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="modal-actions">
        <button type="button" className="primary" onClick={onClose} data-autofocus>
          Close
        </button>
      </div>
    </Modal>
  );
}
