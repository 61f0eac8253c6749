/** `1`..`7`: focus the chosen radio of check n (or its first), so arrows move between statuses. */
export function focusCheck(root: HTMLElement | null, index: number): boolean {
  const group = root?.querySelector<HTMLElement>(`[data-check-index="${index}"]`);
  const radio = group?.querySelector<HTMLInputElement>('input[type="radio"]:checked') ?? group?.querySelector<HTMLInputElement>('input[type="radio"]');
  if (!group || !radio) return false;
  group.scrollIntoView({ block: 'nearest' });
  radio.focus();
  return true;
}
