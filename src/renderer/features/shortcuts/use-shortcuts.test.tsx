// @vitest-environment jsdom
import { useLayoutEffect } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { useAppStore } from '@renderer/app/app-store';
import { useShortcuts } from './use-shortcuts';
import type { ShortcutAction } from './shortcuts';

/** Stands for the claim view: mounted afresh for each claim (keyed by claim), acting on `j`. */
function ClaimKeys({ claimId, onNext }: { claimId: string; onNext: (from: string) => void }) {
  useShortcuts((action: ShortcutAction) => {
    if (action.type !== 'next-claim') return false;
    onNext(claimId);
    return true;
  });
  return <p>{claimId}</p>;
}

/** Presses a key from its own layout effect: a reviewer's key arriving right after the new claim shows, before passive effects flush. */
function PressOnChange({ trigger }: { trigger: string }) {
  useLayoutEffect(() => {
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', cancelable: true }));
  }, [trigger]);
  return null;
}

describe('useShortcuts', () => {
  afterEach(cleanup);

  it('gives a key pressed as soon as the next claim shows to that claim, not the one it replaced', () => {
    useAppStore.setState({ view: 'claim' });
    const onNext = vi.fn();
    const { rerender } = render(<ClaimKeys key="c-1" claimId="c-1" onNext={onNext} />);
    rerender(
      <>
        <ClaimKeys key="c-2" claimId="c-2" onNext={onNext} />
        <PressOnChange trigger="c-2" />
      </>,
    );
    // Before: the unmounted c-1 view still listened (its cleanup is a passive effect) and the
    // c-2 view did not yet, so "next" moved from c-1 to c-2 again: the key was lost.
    expect(onNext.mock.calls).toEqual([['c-2']]);
  });
});
