import { contextBridge, ipcRenderer } from 'electron';
import { z } from 'zod';
import { buildElectronApi } from './api';

// zod would probe for eval (new Function) on first parse; the page forbids eval, so say no up front.
z.config({ jitless: true });

// The only thing the renderer gets from the preload: window.api, built from the contract.
contextBridge.exposeInMainWorld('api', buildElectronApi(ipcRenderer, process.argv));
