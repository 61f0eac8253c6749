import { contextBridge, ipcRenderer } from 'electron';
import { buildElectronApi } from './api';

// The only thing the renderer gets from the preload: window.api, built from the contract.
contextBridge.exposeInMainWorld('api', buildElectronApi(ipcRenderer, process.argv));
