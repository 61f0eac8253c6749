/**
 * `1`..`7`: focus the chosen radio of check n (or its first), so arrows move between statuses;
 * when its override is closed, its "Override" button.
 */
export function focusCheck(root: HTMLElement | null, index: number): boolean {
  const group = root?.querySelector<HTMLElement>(`[data-check-index="${index}"]`);
  const radio =
    group?.querySelector<HTMLElement>('input[type="radio"]:checked') ??
    group?.querySelector<HTMLElement>('input[type="radio"]') ??
    group?.querySelector<HTMLElement>('button.override-button');
  if (!group || !radio) return false;
  group.scrollIntoView({ block: 'nearest' });
  radio.focus();
  return true;
}
