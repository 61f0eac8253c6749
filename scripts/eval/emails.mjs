import { detailedBody } from './phrases.mjs';
import { emlMessage, quoted } from './other-formats.mjs';

/** Email threads of the evaluation set: a reply on top, the partner's detailed message quoted below. */

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** RFC 5322 date of an ISO day at a time. */
export function rfcDate(day, time = '14:22:05', zone = '+0000') {
  const d = new Date(`${day}T${time}Z`);
  return `${DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MON[d.getUTCMonth()]} ${d.getUTCFullYear()} ${time} ${zone}`;
}

const first = (name) => name.split(' ')[0];

const CONFIRM = {
  en: (s) =>
    `Hi ${first(s.partner.person)},\n\nI confirm that ${s.partner.name} delivered the ${s.products.join(' and ')} work described below for ${s.customer.name}. The rollout to our ${s.users} users is complete and we accept it.\n\nThanks,\n${s.customer.contactName}\n${s.customer.contactTitle}, ${s.customer.name}`,
  es: (s) =>
    `Hola ${first(s.partner.person)}:\n\nConfirmo que ${s.partner.name} realizó para ${s.customer.name} los trabajos de ${s.products.join(' y ')} descritos abajo. El despliegue a nuestros ${s.users} usuarios está terminado y lo aceptamos.\n\nSaludos,\n${s.customer.contactName}\n${s.customer.contactTitle}, ${s.customer.name}`,
  de: (s) =>
    `Hallo ${first(s.partner.person)},\n\nich bestätige, dass ${s.partner.name} die unten beschriebenen Arbeiten zu ${s.products.join(' und ')} für ${s.customer.name} erbracht hat. Der Rollout für unsere ${s.users} Benutzer ist abgeschlossen und abgenommen.\n\nViele Grüße\n${s.customer.contactName}\n${s.customer.contactTitle}, ${s.customer.name}`,
  fr: (s) =>
    `Bonjour ${first(s.partner.person)},\n\nJe confirme que ${s.partner.name} a réalisé pour ${s.customer.name} les travaux ${s.products.join(' et ')} décrits ci-dessous. Le déploiement pour nos ${s.users} utilisateurs est terminé et nous le validons.\n\nCordialement,\n${s.customer.contactName}\n${s.customer.contactTitle}, ${s.customer.name}`,
  nl: (s) =>
    `Hallo ${first(s.partner.person)},\n\nHierbij bevestig ik dat ${s.partner.name} de hieronder beschreven werkzaamheden voor ${s.products.join(' en ')} bij ${s.customer.name} heeft uitgevoerd. De uitrol naar onze ${s.users} gebruikers is afgerond en geaccepteerd.\n\nMet vriendelijke groet,\n${s.customer.contactName}\n${s.customer.contactTitle}, ${s.customer.name}`,
  pl: (s) =>
    `Dzień dobry,\n\npotwierdzam, że ${s.partner.name} wykonał dla ${s.customer.name} opisane poniżej prace wdrożeniowe ${s.products.join(' i ')}. Wdrożenie dla ${s.users} użytkowników zostało zakończone i odebrane.\n\nPozdrawiam,\n${s.customer.contactName}\n${s.customer.contactTitle}, ${s.customer.name}`,
  ja: (s) =>
    `${s.partner.name} ${s.partner.person}様\n\nお世話になっております。下記の${s.products.join('・')}の導入作業（${s.users}名）が完了したことを確認し、検収いたします。\n\n${s.customer.contactName}\n${s.customer.name} ${s.customer.contactTitle}`,
};

const SUBJECT = {
  en: 'Project completion: please confirm',
  es: 'Cierre del proyecto: confirmación',
  de: 'Projektabschluss: Bitte um Bestätigung',
  fr: 'Fin de projet : merci de confirmer',
  nl: 'Projectafronding: graag bevestigen',
  pl: 'Zakończenie projektu: prośba o potwierdzenie',
  ja: '作業完了のご確認のお願い',
};

/**
 * The customer's reply on top of the partner's detailed message. kind: 'confirm' (names the
 * work and accepts it) or 'courtesy' (a thank-you with no reference to the work). `from`
 * overrides the sender (look-alike or free-mail domains), `forwardedBy` makes it a forward.
 */
export function replyThread({ lang, s, kind = 'confirm', from, day, attachments = [], forwardedBy }) {
  const subject = SUBJECT[lang] ?? SUBJECT.en;
  const partnerMsg = detailedBody(lang, s).join('\n\n');
  const top =
    kind === 'confirm'
      ? CONFIRM[lang](s)
      : `Thanks ${first(s.partner.person)}, received. Have a good weekend!\n\n${s.customer.contactName}`;
  const sender = from ?? `${s.customer.contactName} <${s.customer.contactEmail}>`;
  const partnerAddr = `${s.partner.person} <${s.partner.personEmail}>`;
  const sentDay = new Date(Date.parse(`${day}T00:00:00Z`) - 3 * 86400000).toISOString().slice(0, 10);
  let body = `${top}\n${quoted({ from: partnerAddr, sent: rfcDate(sentDay, '11:03:00'), to: sender, subject, body: partnerMsg })}`;
  let headers = {
    From: sender,
    To: partnerAddr,
    Subject: `RE: ${subject}`,
    Date: rfcDate(day),
    'Message-ID': `<eval-${s.customer.domain}-${day}@mail.example>`,
  };
  if (forwardedBy) {
    body = `For the claim file.\n\n---------- Forwarded message ---------\nFrom: ${sender}\nDate: ${rfcDate(day)}\nSubject: RE: ${subject}\nTo: ${partnerAddr}\n\n${body}`;
    headers = {
      From: forwardedBy,
      To: `Incentives desk <incentives@${s.partner.domain}>`,
      Subject: `FW: RE: ${subject}`,
      Date: rfcDate(day, '16:40:00'),
      'Message-ID': `<eval-fw-${s.customer.domain}@mail.example>`,
    };
  }
  return emlMessage({ headers, body, attachments });
}

/** The partner's email carrying attachments (e.g. the signed acceptance), no customer text. */
export function partnerMailWithAttachments({ s, day, subject, text, attachments }) {
  return emlMessage({
    headers: {
      From: `${s.partner.person} <${s.partner.personEmail}>`,
      To: `${s.customer.contactName} <${s.customer.contactEmail}>`,
      Subject: subject,
      Date: rfcDate(day, '09:30:00'),
      'Message-ID': `<eval-att-${s.customer.domain}@mail.example>`,
    },
    body: text,
    attachments,
  });
}

/** The customer's reply "Thanks, received" to the partner's invoice email (invoice attached below). */
export function invoiceThanks({ s, day, invoice }) {
  const partnerAddr = `${s.partner.person} <${s.partner.personEmail}>`;
  const body = `Thanks, received. We will process it in the next payment run.\n\n${s.customer.contactName}\n${quoted({ from: partnerAddr, sent: rfcDate(day, '08:10:00'), to: s.customer.contactEmail, subject: `Invoice INV-2026-0912 from ${s.partner.name}`, body: `Dear ${s.customer.contactName},\n\nplease find attached our invoice INV-2026-0912 for the licences and services of September 2026. Payment terms: 30 days net.\n\nKind regards,\n${s.partner.person}` })}`;
  return emlMessage({
    headers: {
      From: `${s.customer.contactName} <${s.customer.contactEmail}>`,
      To: partnerAddr,
      Subject: `RE: Invoice INV-2026-0912 from ${s.partner.name}`,
      Date: rfcDate(day),
      'Message-ID': `<eval-inv-${s.customer.domain}@mail.example>`,
    },
    body,
    attachments: [{ name: 'INV-2026-0912.pdf', type: 'application/pdf', bytes: invoice }],
  });
}
