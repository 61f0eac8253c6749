import { createContext, useContext, type ReactNode } from 'react';
import type { Bridge } from './bridge';

const BridgeContext = createContext<Bridge | null>(null);

/** Hands the platform bridge chosen at startup (main.tsx) to every component. */
export function BridgeProvider({ bridge, children }: { bridge: Bridge; children: ReactNode }) {
  return <BridgeContext.Provider value={bridge}>{children}</BridgeContext.Provider>;
}

export function useBridge(): Bridge {
  const bridge = useContext(BridgeContext);
  if (!bridge) throw new Error('useBridge outside BridgeProvider');
  return bridge;
}
