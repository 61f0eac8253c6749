import { MONTH_ABBR, usDate } from './phrases.mjs';

/**
 * E-signature vendors' certificates and audit trails, each in its vendor's general style: a
 * signer panel (name, time) placed in the signature block, and a certificate page with an event
 * log (time, actor, email, action) in the vendor's own date format and language. The facts come
 * from an envelope: { id, title, events: [{ action, name, email, at }] } with `at` an ISO
 * date-time (UTC) and action one of created, sent, viewed, signed, declined, completed.
 */

const pad = (n) => String(n).padStart(2, '0');
function split(at) {
  const [date, time] = at.split('T');
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm, ss] = (time ?? '00:00:00').replace('Z', '').split(':').map(Number);
  return { y, m, d, hh, mm, ss: ss ?? 0 };
}
const hms = (t) => `${pad(t.hh)}:${pad(t.mm)}:${pad(t.ss)}`;
const ampm = (t) => `${((t.hh + 11) % 12) + 1}:${pad(t.mm)}:${pad(t.ss)} ${t.hh < 12 ? 'AM' : 'PM'}`;
const isoDay = (t) => `${t.y}-${pad(t.m)}-${pad(t.d)}`;
const dmy = (t, sep) => `${pad(t.d)}${sep}${pad(t.m)}${sep}${t.y}`;

const ip = (i) => `203.0.113.${20 + i}`;
const signer = (env) => env.events.filter((e) => e.action === 'signed');

/** Each vendor: name, panel(signer event) → lines, certificate(envelope) → { title, lines }. */
export const VENDORS = {
  docusign: {
    name: 'DocuSign',
    panel: (e, env) => ['DocuSigned by:', e.name, env.id.slice(0, 16).toUpperCase()],
    certificate: (env) => ({
      title: 'Certificate Of Completion',
      lines: [
        `Envelope Id: ${env.id.toUpperCase()}`,
        `Subject: Please DocuSign: ${env.title}`,
        `Status: ${env.status ?? 'Completed'}`,
        `Envelope Originator: ${env.events[0].name} ${env.events[0].email}`,
        'Signer Events    Signature    Timestamp',
        ...signerBlocks(
          env,
          (t) => `${usDate(isoDay(t))} | ${ampm(t).replace(/:\d\d /, ' ')}`,
          { sent: 'Sent', viewed: 'Viewed', signed: 'Signed' },
          (e) => [
            `${e.name}`,
            `${e.email}`,
            'Security Level: Email, Account Authentication (None)',
            'Signature Adoption: Pre-selected Style',
            `Using IP Address: ${ip(1)}`,
          ],
        ),
        'Envelope Summary Events    Status    Timestamps',
        ...env.events
          .filter((e) => e.action === 'completed')
          .map((e) => `Completed    Security Checked    ${usDate(isoDay(split(e.at)))} | ${ampm(split(e.at)).replace(/:\d\d /, ' ')}`),
      ],
    }),
  },
  adobe: {
    name: 'Adobe Acrobat Sign',
    panel: (e) => [
      e.name,
      `${e.name} (${MONTH_ABBR[split(e.at).m - 1]} ${split(e.at).d}, ${split(e.at).y} ${pad(split(e.at).hh)}:${pad(split(e.at).mm)} GMT)`,
    ],
    certificate: (env) => ({
      title: `${env.title} - Final Audit Report    ${isoDay(split(env.events.at(-1).at))}`,
      lines: [
        `Created: ${isoDay(split(env.events[0].at))}`,
        `By: ${env.events[0].name} (${env.events[0].email})`,
        `Status: ${env.status ?? 'Signed'}`,
        `Transaction ID: CBJCHBCAABAA${env.id.replace(/-/g, '').slice(0, 20)}`,
        `"${env.title}" History`,
        ...env.events.map((e, i) => {
          const t = split(e.at);
          const what = {
            created: `Document created by ${e.name} (${e.email})`,
            sent: `Document emailed to ${e.name} (${e.email}) for signature`,
            viewed: `Email viewed by ${e.name} (${e.email})`,
            signed: `Document e-signed by ${e.name} (${e.email})`,
            declined: `Document declined by ${e.name} (${e.email})`,
            completed: 'Agreement completed.',
          }[e.action];
          const when =
            e.action === 'signed'
              ? `Signature Date: ${isoDay(t)} - ${ampm(t)} GMT - Time Source: server`
              : `${isoDay(t)} - ${ampm(t)} GMT - IP address: ${ip(i)}`;
          return `${what}\n${when}`;
        }),
      ],
    }),
  },
  dropboxsign: {
    name: 'Dropbox Sign',
    panel: (e) => [e.name, `Dropbox Sign ${dmyUs(e.at)}`],
    certificate: (env) => ({
      title: 'Audit trail',
      lines: [
        `Title: ${env.title}`,
        `File name: ${env.title.replace(/\W+/g, '-')}.pdf`,
        `Document ID: ${env.id.replace(/-/g, '')}`,
        'Audit trail date format: MM / DD / YYYY',
        `Status: ${env.status ?? 'Signed'}`,
        ...env.events.map((e, i) => {
          const t = split(e.at);
          const when = `${pad(t.m)} / ${pad(t.d)} / ${t.y}  ${hms(t)} UTC`;
          const what = {
            created: `Sent for signature by ${e.name} (${e.email})`,
            sent: `Sent for signature to ${e.name} (${e.email})`,
            viewed: `Viewed by ${e.name} (${e.email})`,
            signed: `Signed by ${e.name} (${e.email})`,
            declined: `Declined by ${e.name} (${e.email})`,
            completed: 'The document has been completed.',
          }[e.action];
          return `${e.action === 'signed' ? 'SIGNED' : e.action.toUpperCase()}    ${when}    ${what}    IP: ${ip(i)}`;
        }),
      ],
    }),
  },
  pandadoc: {
    name: 'PandaDoc',
    panel: (e) => [e.name, `${e.email}`, `Signed ${MONTH_ABBR[split(e.at).m - 1]} ${pad(split(e.at).d)}, ${split(e.at).y}`],
    certificate: (env) => ({
      title: 'Certificate of Completion',
      lines: [
        `Document ID: ${env.id.replace(/-/g, '').slice(0, 22)}`,
        `Document name: ${env.title}`,
        'Recipients',
        ...signer(env).map((e) => `${e.name}    ${e.email}    Signer`),
        'Events',
        ...env.events.map((e) => {
          const t = split(e.at);
          const when = `${MONTH_ABBR[t.m - 1]} ${pad(t.d)}, ${t.y} ${ampm(t).replace(/:\d\d /, ' ')} UTC`;
          const what = {
            created: `${e.name} created the document`,
            sent: `${e.name} (${e.email}) was sent the document`,
            viewed: `${e.name} (${e.email}) viewed the document`,
            signed: `${e.name} (${e.email}) signed the document`,
            declined: `${e.name} (${e.email}) declined the document`,
            completed: 'The document has been completed',
          }[e.action];
          return `${when}    ${what}`;
        }),
      ],
    }),
  },
  signnow: {
    name: 'signNow',
    panel: (e) => [e.name, `${isoDay(split(e.at))} ${hms(split(e.at))} UTC`],
    certificate: (env) => ({
      title: 'Document History',
      lines: [
        `Document name: ${env.title}`,
        `Document ID: ${env.id.replace(/-/g, '').slice(0, 40)}`,
        'Date (UTC)    User    Action    IP',
        ...env.events.map((e, i) => {
          const t = split(e.at);
          const what = {
            created: 'Uploaded the document',
            sent: 'Invite sent',
            viewed: 'Viewed the document',
            signed: 'Signed the document',
            declined: 'Declined to sign',
            completed: 'Document completed',
          }[e.action];
          return `${isoDay(t)} ${hms(t)}    ${e.email}    ${what}    ${ip(i)}`;
        }),
      ],
    }),
  },
  yousign: {
    name: 'Yousign',
    panel: (e) => [`Signé électroniquement par ${e.name}`, `le ${dmy(split(e.at), '/')} à ${pad(split(e.at).hh)}:${pad(split(e.at).mm)}`],
    certificate: (env) => ({
      title: 'Fichier de preuve',
      lines: [
        `Procédure de signature n° ${env.id}`,
        `Document : ${env.title}`,
        'Signataires',
        ...signer(env).map((e) => `${e.name} - ${e.email}`),
        'Événements (heure UTC)',
        ...env.events.map((e) => {
          const t = split(e.at);
          const what = {
            created: `Procédure créée par ${e.name} (${e.email})`,
            sent: `Demande de signature envoyée à ${e.name} (${e.email})`,
            viewed: `Document consulté par ${e.name}`,
            signed: `Document signé par ${e.name} (${e.email})`,
            declined: `Signature refusée par ${e.name}`,
            completed: 'Procédure terminée',
          }[e.action];
          return `${dmy(t, '/')} ${hms(t)}    ${what}`;
        }),
      ],
    }),
  },
  zoho: {
    name: 'Zoho Sign',
    panel: (e) => [e.name, `Signed on ${pad(split(e.at).d)} ${MONTH_ABBR[split(e.at).m - 1]} ${split(e.at).y}`],
    certificate: (env) => ({
      title: 'Completion Certificate',
      lines: [
        `Document ID: ${env.id.replace(/-/g, '').slice(0, 24)}`,
        `Document name: ${env.title}`,
        'Recipient    Status',
        ...signer(env).map((e) => `${e.name} (${e.email})    Signed`),
        'Activities',
        ...env.events.map((e) => {
          const t = split(e.at);
          const what = {
            created: `Document created by ${e.name} (${e.email})`,
            sent: `Document sent to ${e.name} (${e.email})`,
            viewed: `Document viewed by ${e.name} (${e.email})`,
            signed: `Document signed by ${e.name} (${e.email})`,
            declined: `Document declined by ${e.name}`,
            completed: 'Document completed',
          }[e.action];
          return `${what}\n${pad(t.d)} ${MONTH_ABBR[t.m - 1]} ${t.y} ${pad(t.hh)}:${pad(t.mm)} UTC`;
        }),
      ],
    }),
  },
  skribble: {
    name: 'Skribble',
    panel: (e) => [
      'Qualifizierte elektronische Signatur (QES)',
      e.name,
      `${dmy(split(e.at), '.')} ${pad(split(e.at).hh)}:${pad(split(e.at).mm)} UTC`,
    ],
    certificate: (env) => ({
      title: 'Signaturprotokoll',
      lines: [
        'Signiert mit Skribble (QES) nach ZertES und eIDAS',
        `Dokument: ${env.title}`,
        `Dokument-ID: ${env.id}`,
        ...env.events
          .filter((e) => e.action === 'signed' || e.action === 'sent')
          .map((e) => {
            const t = split(e.at);
            return e.action === 'signed'
              ? `Signatur angebracht: ${e.name} (${e.email}), ${dmy(t, '.')} ${hms(t)} UTC, Qualifizierte elektronische Signatur`
              : `Zur Signatur eingeladen: ${e.name} (${e.email}), ${dmy(t, '.')} ${hms(t)} UTC`;
          }),
      ],
    }),
  },
  scrive: {
    name: 'Scrive',
    panel: (e) => [`${e.name}`, `Signerat ${isoDay(split(e.at))} ${pad(split(e.at).hh)}:${pad(split(e.at).mm)}`],
    certificate: (env) => ({
      title: 'Verifikat',
      lines: [
        `Transaktion ${env.id.replace(/-/g, '').slice(0, 18)}`,
        `Dokument: ${env.title}`,
        'Parter',
        ...signer(env).map((e) => `${e.name}    ${e.email}    Signerande part`),
        'Händelser',
        ...env.events.map((e) => {
          const t = split(e.at);
          const what = {
            created: `${e.name} skapade dokumentet (${e.email})`,
            sent: `Dokumentet skickades till ${e.name} (${e.email})`,
            viewed: `${e.name} öppnade dokumentet`,
            signed: `${e.name} signerade dokumentet (${e.email})`,
            declined: `${e.name} avvisade dokumentet`,
            completed: 'Dokumentet är färdigställt',
          }[e.action];
          return `${isoDay(t)} ${hms(t)} UTC    ${what}`;
        }),
      ],
    }),
  },
  penneo: {
    name: 'Penneo',
    panel: (e) => [`Underskrevet af ${e.name}`, `${dmy(split(e.at), '-')} ${pad(split(e.at).hh)}:${pad(split(e.at).mm)} UTC`],
    certificate: (env) => ({
      title: 'Underskriftsbevis',
      lines: [
        `Penneo dokumentnøgle: ${env.id.toUpperCase().slice(0, 23)}`,
        `Dokument: ${env.title}`,
        'Underskrivere',
        ...signer(env).map((e) => {
          const t = split(e.at);
          return `${e.name} (${e.email})    Underskrevet ${dmy(t, '-')} ${hms(t)} UTC    Metode: MitID`;
        }),
        'Hændelseslog',
        ...env.events.map(
          (e) =>
            `${dmy(split(e.at), '-')} ${hms(split(e.at))}    ${{ created: 'Oprettet', sent: 'Sendt til', viewed: 'Åbnet af', signed: 'Underskrevet af', declined: 'Afvist af', completed: 'Færdiggjort' }[e.action]} ${e.action === 'completed' ? '' : `${e.name} (${e.email})`}`,
        ),
      ],
    }),
  },
  onespan: {
    name: 'OneSpan Sign',
    panel: (e) => [e.name, `Signature applied ${isoDay(split(e.at))} ${hms(split(e.at))} GMT`],
    certificate: (env) => ({
      title: 'Evidence Summary',
      lines: [
        `Transaction: ${env.title}`,
        `Transaction ID: ${env.id}`,
        'Signers',
        ...signer(env).map((e) => `${e.name}    ${e.email}`),
        'Audit Trail',
        ...env.events.map((e, i) => {
          const t = split(e.at);
          const what = {
            created: `Transaction created by ${e.name}`,
            sent: `Email sent to ${e.name} (${e.email})`,
            viewed: `${e.name} viewed document`,
            signed: `Signature applied by ${e.name} (${e.email})`,
            declined: `${e.name} declined`,
            completed: 'Transaction completed',
          }[e.action];
          return `${isoDay(t)} ${hms(t)} GMT    ${what}    ${ip(i)}`;
        }),
      ],
    }),
  },
  signaturit: {
    name: 'Signaturit',
    panel: (e) => [`Firmado electrónicamente por ${e.name}`, `${dmy(split(e.at), '/')} ${hms(split(e.at))} UTC`],
    certificate: (env) => ({
      title: 'Informe de auditoría',
      lines: [
        `ID de la solicitud: ${env.id}`,
        `Documento: ${env.title}`,
        'Firmantes',
        ...signer(env).map((e) => `${e.name} <${e.email}>`),
        'Eventos',
        ...env.events.map((e) => {
          const t = split(e.at);
          const what = {
            created: `Solicitud creada por ${e.name} (${e.email})`,
            sent: `Correo enviado a ${e.name} (${e.email})`,
            viewed: `Documento abierto por ${e.name}`,
            signed: `Documento firmado por ${e.name} (${e.email})`,
            declined: `Firma rechazada por ${e.name}`,
            completed: 'Proceso de firma completado',
          }[e.action];
          return `${dmy(t, '/')} ${hms(t)} UTC    ${what}`;
        }),
      ],
    }),
  },
  clicksign: {
    name: 'Clicksign',
    panel: (e) => [e.name, `Assinado em ${pad(split(e.at).d)}/${pad(split(e.at).m)}/${split(e.at).y}`],
    certificate: (env) => ({
      title: 'Log',
      lines: [
        `Documento: ${env.title}`,
        `Número do documento: ${env.id}`,
        ...env.events.map((e) => {
          const t = split(e.at);
          const when = `${pad(t.d)} ${['jan', 'fev', 'mar', 'abr', 'mai', 'jun', 'jul', 'ago', 'set', 'out', 'nov', 'dez'][t.m - 1]} ${t.y}, ${hms(t)}`;
          const what = {
            created: `Operador com email ${e.email} criou este documento.`,
            sent: `Operador enviou o documento para ${e.name} (${e.email}).`,
            viewed: `${e.name} visualizou o documento.`,
            signed: `${e.name} assinou. Pontos de autenticação: email ${e.email}. IP: 203.0.113.9.`,
            declined: `${e.name} recusou o documento.`,
            completed: 'Processo de assinatura finalizado automaticamente.',
          }[e.action];
          return `${when}    ${what}`;
        }),
      ],
    }),
  },
  autenti: {
    name: 'Autenti',
    panel: (e) => [`Podpisano przez ${e.name}`, `${dmy(split(e.at), '.')} ${pad(split(e.at).hh)}:${pad(split(e.at).mm)}`],
    certificate: (env) => ({
      title: 'Historia dokumentu',
      lines: [
        `Identyfikator dokumentu: ${env.id}`,
        `Tytuł: ${env.title}`,
        ...env.events.map((e) => {
          const t = split(e.at);
          const what = {
            created: `${e.name} (${e.email}) utworzył dokument`,
            sent: `Dokument wysłany do ${e.name} (${e.email})`,
            viewed: `${e.name} otworzył dokument`,
            signed: `${e.name} (${e.email}) podpisał dokument`,
            declined: `${e.name} odrzucił dokument`,
            completed: 'Proces zakończony',
          }[e.action];
          return `${dmy(t, '.')} ${hms(t)} UTC    ${what}`;
        }),
      ],
    }),
  },
};

function dmyUs(at) {
  const t = split(at);
  return `${pad(t.m)} / ${pad(t.d)} / ${t.y}`;
}

/** DocuSign's signer blocks: identity lines, then Sent / Viewed / Signed timestamps. */
function signerBlocks(env, fmt, labels, identity) {
  const out = [];
  for (const s of signer(env).concat(env.events.filter((e) => e.action === 'declined' || e.action === 'pending'))) {
    out.push(...identity(s));
    for (const action of ['sent', 'viewed', 'signed']) {
      const e = action === 'signed' ? s : env.events.find((x) => x.action === action && x.email === s.email);
      if (e && (action !== 'signed' || s.action === 'signed')) out.push(`${labels[action]}: ${fmt(split(e.at))}`);
    }
  }
  return out;
}
