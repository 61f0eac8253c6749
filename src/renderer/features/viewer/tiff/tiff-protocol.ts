import type { TiffListing } from './tiff-pages';

export type TiffRequest = { id: number; type: 'open'; bytes: ArrayBuffer } | { id: number; type: 'page'; index: number };

export type TiffResponse =
  | { id: number; ok: true; type: 'open'; listing: TiffListing }
  | { id: number; ok: true; type: 'page'; width: number; height: number; rgba: ArrayBuffer }
  | { id: number; ok: false; message: string };
