// Code signing for `npm run dist`: electron-builder reads its signing secrets from the
// environment (CSC_LINK / CSC_KEY_PASSWORD, WIN_CSC_LINK / WIN_CSC_KEY_PASSWORD, and for
// notarization APPLE_ID / APPLE_APP_SPECIFIC_PASSWORD / APPLE_TEAM_ID or an App Store Connect
// API key). This decides, from what is set, what is signed, and says plainly what is skipped.

const SIGNING_VARIABLES = [
  'CSC_LINK',
  'CSC_KEY_PASSWORD',
  'CSC_NAME',
  'WIN_CSC_LINK',
  'WIN_CSC_KEY_PASSWORD',
  'APPLE_ID',
  'APPLE_APP_SPECIFIC_PASSWORD',
  'APPLE_TEAM_ID',
  'APPLE_API_KEY',
  'APPLE_API_KEY_ID',
  'APPLE_API_ISSUER',
];

const has = (env, name) => typeof env[name] === 'string' && env[name].trim() !== '';

/**
 * For a platform ('darwin' | 'win32' | 'linux') and an environment: the environment to give
 * electron-builder (a CI's missing secret arrives as an empty string, which would be taken as a
 * certificate path: removed), extra `-c.` options, and one note per skipped step.
 */
export function signingPlan(platform, env) {
  const out = { ...env };
  for (const name of SIGNING_VARIABLES) if (!has(env, name)) delete out[name];
  const args = [];
  const notes = [];
  if (platform === 'darwin') {
    if (!has(env, 'CSC_LINK') && !has(env, 'CSC_NAME')) {
      out.CSC_IDENTITY_AUTO_DISCOVERY = 'false';
      notes.push(
        'macOS code signing skipped: CSC_LINK (a Developer ID Application .p12) is not set; the app is unsigned and Gatekeeper will warn.',
      );
    }
    const appleId = has(env, 'APPLE_ID') && has(env, 'APPLE_APP_SPECIFIC_PASSWORD') && has(env, 'APPLE_TEAM_ID');
    const apiKey = has(env, 'APPLE_API_KEY') && has(env, 'APPLE_API_KEY_ID') && has(env, 'APPLE_API_ISSUER');
    if (!out.CSC_IDENTITY_AUTO_DISCOVERY && (appleId || apiKey)) {
      args.push('-c.mac.notarize=true');
    } else {
      args.push('-c.mac.notarize=false');
      notes.push(
        'macOS notarization skipped: it needs a signed app and APPLE_ID, APPLE_APP_SPECIFIC_PASSWORD and APPLE_TEAM_ID (or APPLE_API_KEY, APPLE_API_KEY_ID and APPLE_API_ISSUER).',
      );
    }
  } else if (platform === 'win32') {
    if (!has(env, 'WIN_CSC_LINK') && !has(env, 'CSC_LINK')) {
      notes.push(
        'Windows code signing skipped: WIN_CSC_LINK (or CSC_LINK, a code-signing .pfx) is not set; SmartScreen will warn about the installer.',
      );
    }
  } else {
    notes.push('Linux packages are not code-signed (AppImage and .deb carry no signature here).');
  }
  return { env: out, args, notes };
}
