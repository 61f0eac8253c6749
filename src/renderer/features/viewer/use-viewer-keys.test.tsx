// @vitest-environment jsdom
import { useLayoutEffect } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render } from '@testing-library/react';
import { useViewerKeys, viewerKeyAction, type ViewerKeyAction } from './use-viewer-keys';

const key = (k: string, over: Partial<Parameters<typeof viewerKeyAction>[0]> = {}) =>
  viewerKeyAction({ key: k, ctrlKey: false, metaKey: false, altKey: false, defaultPrevented: false, target: document.body, ...over });

describe('viewerKeyAction', () => {
  it('maps n, p, +, =, - and / outside text fields', () => {
    expect(['n', 'p', '+', '=', '-', '/'].map((k) => key(k))).toEqual([
      'next-page',
      'previous-page',
      'zoom-in',
      'zoom-in',
      'zoom-out',
      'search',
    ]);
    expect(key('a')).toBeNull();
  });

  it('leaves typing, shortcuts with modifiers and handled events alone', () => {
    const input = document.createElement('input');
    expect(key('n', { target: input })).toBeNull();
    expect(key('/', { target: document.createElement('textarea') })).toBeNull();
    const checkbox = Object.assign(document.createElement('input'), { type: 'checkbox' });
    expect(key('n', { target: checkbox })).toBe('next-page');
    expect(key('+', { ctrlKey: true })).toBeNull();
    expect(key('n', { defaultPrevented: true })).toBeNull();
  });
});

function Pager({ pageCount, onAction }: { pageCount: number; onAction: (action: ViewerKeyAction, pageCount: number) => void }) {
  useViewerKeys((action) => onAction(action, pageCount));
  return <p>{pageCount} pages</p>;
}

/** Presses a key from its own layout effect: like a reviewer's key arriving before passive effects flush. */
function PressOnChange({ trigger, keyName }: { trigger: number; keyName: string }) {
  useLayoutEffect(() => {
    if (trigger > 0) window.dispatchEvent(new KeyboardEvent('keydown', { key: keyName, cancelable: true }));
  }, [trigger, keyName]);
  return null;
}

describe('useViewerKeys', () => {
  afterEach(cleanup);

  it('turns pages outside dialogs and stays quiet while a modal dialog is open', () => {
    const onAction = vi.fn();
    const { rerender } = render(<Pager pageCount={3} onAction={onAction} />);
    fireEvent.keyDown(window, { key: 'n' });
    expect(onAction).toHaveBeenLastCalledWith('next-page', 3);
    rerender(
      <>
        <Pager pageCount={3} onAction={onAction} />
        <div role="dialog" aria-modal="true" aria-label="Decision">
          <input type="checkbox" aria-label="Reason" />
        </div>
      </>,
    );
    const checkbox = document.querySelector('input[type=checkbox]');
    fireEvent.keyDown(checkbox ?? window, { key: 'n' });
    fireEvent.keyDown(window, { key: '+' });
    expect(onAction).toHaveBeenCalledTimes(1);
  });

  it('acts on the render the reviewer sees, even before passive effects run', () => {
    const onAction = vi.fn();
    const { rerender } = render(
      <>
        <Pager pageCount={1} onAction={onAction} />
        <PressOnChange trigger={0} keyName="n" />
      </>,
    );
    rerender(
      <>
        <Pager pageCount={12} onAction={onAction} />
        <PressOnChange trigger={1} keyName="n" />
      </>,
    );
    expect(onAction).toHaveBeenCalledTimes(1);
    expect(onAction).toHaveBeenLastCalledWith('next-page', 12);
  });

  it("gives a key pressed as soon as another document's view mounts to that view", () => {
    const onAction = vi.fn();
    const { rerender } = render(<Pager key="a.pdf" pageCount={1} onAction={onAction} />);
    rerender(
      <>
        <Pager key="b.pdf" pageCount={9} onAction={onAction} />
        <PressOnChange trigger={1} keyName="n" />
      </>,
    );
    expect(onAction.mock.calls).toEqual([['next-page', 9]]);
  });
});
