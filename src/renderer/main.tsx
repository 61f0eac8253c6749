// First: zod must be jitless before anything parses (the CSP forbids eval).
import '@renderer/features/shell/zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@renderer/app/app';
import { installBench, isBenchMode } from '@renderer/app/bench';
import { BridgeProvider } from '@renderer/bridge/bridge-context';
import { createElectronBridge, electronApiFromWindow } from '@renderer/bridge/electron-bridge';
import { createWebBridge } from '@renderer/bridge/web-bridge';
import type { Bridge } from '@renderer/bridge/bridge';
import './styles/app.css';

/** Electron's preload exposes `window.api`; without it this is the web build. */
function chooseBridge(): Bridge {
  const api = electronApiFromWindow();
  return api ? createElectronBridge(api) : createWebBridge();
}

if (isBenchMode(window.location.search)) installBench();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <BridgeProvider bridge={chooseBridge()}>
      <App />
    </BridgeProvider>
  </StrictMode>,
);
