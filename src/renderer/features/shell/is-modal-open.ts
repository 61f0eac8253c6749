/** True while any modal dialog is on screen: the page's own keys then stay quiet, the dialog's win. */
export function isModalOpen(root: ParentNode = document): boolean {
  return root.querySelector('[aria-modal="true"]') !== null;
}
