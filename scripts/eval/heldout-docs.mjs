import { Document, Header, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { rgb } from 'pdf-lib';
import { A4, BLUE, GREY, LETTER, createWriter } from '../sample/pdf-writer.mjs';
import { emlMessage } from './other-formats.mjs';

/**
 * The held-out batch's documents (claims-heldout.mjs): layouts, languages and e-signature trails
 * written by other hands than the rest of the set. Signature tables at the end of multi-page
 * SOWs, acceptance certificates, closure reports with sign-off tables, meeting minutes, letters on
 * the customer's letterhead, forms that name the customer only in the signature block; trails of
 * vendors not in vendors.mjs, each laid out its own way (key-value sections per signer, a table
 * of columns, an ISO 8601 log, one sentence per event); Turkish and Czech among the languages.
 */

const FIXED = '2026-01-15T09:00:00Z';
const pad = (n) => String(n).padStart(2, '0');
const ymd = (iso) => iso.slice(0, 10).split('-').map(Number);

export const MONTHS = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  tr: ['Ocak', 'Şubat', 'Mart', 'Nisan', 'Mayıs', 'Haziran', 'Temmuz', 'Ağustos', 'Eylül', 'Ekim', 'Kasım', 'Aralık'],
  cs: ['ledna', 'února', 'března', 'dubna', 'května', 'června', 'července', 'srpna', 'září', 'října', 'listopadu', 'prosince'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
};
const ordinal = (d) => `${d}${d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'}`;

/**
 * A date as people of each locale write it. style: 'num' (the locale's numeric form), 'long'
 * (written month), 'us' (September 12, 2026), 'gb' (12th September 2026), 'abbr' (12 set 2026).
 */
export function localDate(locale, iso, style = 'num') {
  const [y, m, d] = ymd(iso);
  const lang = locale.slice(0, 2);
  if (style === 'us') return `${MONTHS.en[m - 1]} ${d}, ${y}`;
  if (style === 'gb') return `${ordinal(d)} ${MONTHS.en[m - 1]} ${y}`;
  if (style === 'abbr') return `${d} ${MONTHS[lang][m - 1].slice(0, 3)} ${y}`;
  if (style === 'long') {
    if (lang === 'pt' || lang === 'es') return `${d} de ${MONTHS[lang][m - 1]} de ${y}`;
    if (lang === 'cs') return `${d}. ${MONTHS.cs[m - 1]} ${y}`;
    return `${d} ${MONTHS[lang][m - 1]} ${y}`;
  }
  switch (lang) {
    case 'tr':
      return `${pad(d)}.${pad(m)}.${y}`;
    case 'cs':
      return `${d}. ${m}. ${y}`;
    case 'nl':
      return `${d}-${m}-${y}`;
    case 'en':
      return locale === 'en-US' ? `${m}/${d}/${y}` : `${pad(d)}/${pad(m)}/${y}`;
    default:
      return `${pad(d)}/${pad(m)}/${y}`;
  }
}

/** Each language's wording: the same facts as other authors write them. */
export const TEXT = {
  en: {
    intro: (s, d) =>
      `Between ${d(s.phases[0][0])} and ${d(s.phases.at(-1)[1])}, ${s.partner.name} carried out the engagement below for ${s.customer.name}.`,
    challenge: (s) =>
      `Starting point: ${s.customer.name} had ${s.devices} endpoints across ${s.sites} offices with no central management, and ${s.users} staff signing in with passwords only.`,
    scope: (s, p) =>
      `${p}: designed, configured and rolled out for ${s.users} staff and ${s.devices} endpoints (policies, pilot ring, production waves).`,
    phase: (i, a, b, d) =>
      `Milestone ${i + 1}, ${['discovery workshops', 'pilot ring of 40 users', 'production waves and handover'][i]}: ${d(a)} to ${d(b)}`,
    accept: (s) => `${s.customer.name} confirms the work above was delivered by ${s.partner.name} and accepts it as complete.`,
    labels: { signature: 'Signature', name: 'Name', title: 'Title', date: 'Date', company: 'Company' },
    generic: 'We partnered with the customer throughout the journey, providing testing, ongoing support and best practices as needed.',
  },
  it: {
    intro: (s, d) =>
      `Nel periodo dal ${d(s.phases[0][0])} al ${d(s.phases.at(-1)[1])} ${s.partner.name} ha eseguito per ${s.customer.name} le attività descritte di seguito.`,
    challenge: (s) =>
      `Situazione iniziale: ${s.customer.name} disponeva di ${s.devices} dispositivi non gestiti in ${s.sites} sedi e di nessuna policy comune per i suoi ${s.users} utenti.`,
    scope: (s, p) =>
      `${p}: progettazione, configurazione e rilascio per ${s.users} utenti e ${s.devices} dispositivi, con gruppo pilota e rilascio a ondate.`,
    phase: (i, a, b, d) =>
      `Fase ${i + 1} (${d(a)} – ${d(b)}): ${['assessment e disegno', 'pilota con 40 utenti', 'rilascio in produzione e passaggio di consegne'][i]}`,
    accept: (s) => `${s.customer.name} dichiara che le attività sopra descritte sono state eseguite da ${s.partner.name} e le accetta.`,
    labels: { signature: 'Firma', name: 'Nome e cognome', title: 'Qualifica', date: 'Data', company: 'Società' },
  },
  pt: {
    intro: (s, d) =>
      `De ${d(s.phases[0][0])} a ${d(s.phases.at(-1)[1])}, a ${s.partner.name} executou para a ${s.customer.name} o projeto descrito abaixo.`,
    challenge: (s) =>
      `Cenário inicial: a ${s.customer.name} tinha ${s.devices} dispositivos sem gerenciamento em ${s.sites} filiais e nenhuma política de segurança para os ${s.users} usuários.`,
    scope: (s, p) =>
      `${p}: desenho, configuração e implantação para ${s.users} usuários e ${s.devices} dispositivos, com grupo piloto e ondas de produção.`,
    phase: (i, a, b, d) =>
      `Fase ${i + 1} (${d(a)} a ${d(b)}): ${['levantamento e desenho', 'piloto com 40 usuários', 'implantação em produção e repasse'][i]}`,
    accept: (s) => `A ${s.customer.name} declara que os serviços acima foram executados pela ${s.partner.name} e dá o aceite final.`,
    labels: { signature: 'Assinatura', name: 'Nome', title: 'Cargo', date: 'Data', company: 'Empresa' },
  },
  nl: {
    intro: (s, d) =>
      `In de periode ${d(s.phases[0][0])} t/m ${d(s.phases.at(-1)[1])} heeft ${s.partner.name} voor ${s.customer.name} de onderstaande werkzaamheden uitgevoerd.`,
    challenge: (s) =>
      `Uitgangssituatie: ${s.customer.name} had ${s.devices} onbeheerde apparaten op ${s.sites} vestigingen en geen centraal beveiligingsbeleid voor ${s.users} medewerkers.`,
    scope: (s, p) =>
      `${p}: ontwerp, inrichting en uitrol voor ${s.users} gebruikers en ${s.devices} apparaten, inclusief pilotgroep en productiegolven.`,
    phase: (i, a, b, d) =>
      `Fase ${i + 1} (${d(a)} t/m ${d(b)}): ${['inventarisatie en ontwerp', 'pilot met 40 gebruikers', 'productie-uitrol en overdracht'][i]}`,
    accept: (s) =>
      `${s.customer.name} verklaart dat de bovenstaande werkzaamheden door ${s.partner.name} zijn uitgevoerd en gaat hiermee akkoord.`,
    labels: { signature: 'Handtekening', name: 'Naam', title: 'Functie', date: 'Datum', company: 'Organisatie' },
  },
  tr: {
    intro: (s, d) =>
      `${s.partner.name}, ${d(s.phases[0][0])} ile ${d(s.phases.at(-1)[1])} tarihleri arasında ${s.customer.name} için aşağıdaki hizmetleri gerçekleştirmiştir.`,
    challenge: (s) =>
      `Başlangıç durumu: ${s.customer.name} bünyesinde ${s.sites} lokasyonda ${s.devices} yönetilmeyen cihaz bulunuyordu ve ${s.users} kullanıcı için ortak bir güvenlik politikası yoktu.`,
    scope: (s, p) =>
      `${p}: ${s.users} kullanıcı ve ${s.devices} cihaz için tasarım, yapılandırma ve devreye alma (politikalar, pilot grup, üretim geçişi).`,
    phase: (i, a, b, d) =>
      `Faz ${i + 1} (${d(a)} – ${d(b)}): ${['analiz ve tasarım', '40 kullanıcı ile pilot', 'canlıya geçiş ve devir teslim'][i]}`,
    accept: (s) =>
      `${s.customer.name}, yukarıda açıklanan hizmetlerin ${s.partner.name} tarafından eksiksiz olarak teslim edildiğini onaylar ve kabul eder.`,
    labels: { signature: 'İmza', name: 'Ad Soyad', title: 'Unvan', date: 'Tarih', company: 'Şirket' },
  },
  cs: {
    intro: (s, d) =>
      `Společnost ${s.partner.name} v období od ${d(s.phases[0][0])} do ${d(s.phases.at(-1)[1])} provedla pro ${s.customer.name} níže popsané práce.`,
    challenge: (s) =>
      `Výchozí stav: ${s.customer.name} provozovala ${s.devices} nespravovaných zařízení na ${s.sites} pobočkách a neměla jednotné bezpečnostní zásady pro ${s.users} uživatelů.`,
    scope: (s, p) =>
      `${p}: návrh, konfigurace a nasazení pro ${s.users} uživatelů a ${s.devices} zařízení, včetně pilotní skupiny a produkčního nasazení.`,
    phase: (i, a, b, d) =>
      `Etapa ${i + 1} (${d(a)} – ${d(b)}): ${['analýza a návrh', 'pilotní provoz se 40 uživateli', 'produkční nasazení a předání'][i]}`,
    accept: (s) => `${s.customer.name} potvrzuje, že výše popsané práce byly společností ${s.partner.name} provedeny, a přebírá je.`,
    labels: { signature: 'Podpis', name: 'Jméno', title: 'Funkce', date: 'Datum', company: 'Společnost' },
  },
  es: {
    intro: (s, d) =>
      `Entre el ${d(s.phases[0][0])} y el ${d(s.phases.at(-1)[1])}, ${s.partner.name} llevó a cabo para ${s.customer.name} el proyecto que se detalla a continuación.`,
    challenge: (s) =>
      `Punto de partida: ${s.customer.name} operaba ${s.devices} equipos sin administración en ${s.sites} centros y sin una política de seguridad común para ${s.users} empleados.`,
    scope: (s, p) =>
      `${p}: diseño, configuración e implantación para ${s.users} usuarios y ${s.devices} equipos, con grupo piloto y despliegue por oleadas.`,
    phase: (i, a, b, d) =>
      `Fase ${i + 1} (${d(a)} al ${d(b)}): ${['análisis y diseño', 'piloto con 40 usuarios', 'despliegue y entrega a operaciones'][i]}`,
    accept: (s) => `${s.customer.name} certifica que ${s.partner.name} prestó los servicios descritos y los acepta.`,
    labels: { signature: 'Firma', name: 'Nombre', title: 'Cargo', date: 'Fecha', company: 'Empresa' },
  },
};

/** The body paragraphs of a detailed POE: intro, challenge, one per product, the phases, acceptance. */
export function body(s, { products = s.describe ?? s.products, accept = true } = {}) {
  const t = TEXT[s.lang];
  const d = (iso) => localDate(s.locale, iso, s.bodyDates ?? 'num');
  return [
    t.intro(s, d),
    t.challenge(s),
    ...products.map((p) => t.scope(s, p)),
    ...s.phases.map(([a, b], i) => t.phase(i, a, b, d)),
    ...(accept ? [t.accept(s)] : []),
  ];
}

async function writer(title, author, size = A4, footer) {
  return createWriter({
    title,
    author,
    creator: 'LibreOffice Writer',
    date: FIXED,
    unicode: true,
    size,
    footer,
    producer: 'LibreOffice 24.2',
  });
}

/**
 * A grid drawn cell by cell: rows of texts, a stroke of ink in the cells listed in `ink`
 * ([[row, col]]). The header row is bold. Returns nothing; the flow moves below it.
 */
export function grid(flow, rows, widths, { ink = [], height = 22, header = true, seed = 7 } = {}) {
  const total = widths.reduce((a, b) => a + b, 0);
  const cols = widths.map((w) => (w / total) * flow.width);
  rows.forEach((cells, r) => {
    const wrapped = cells.map((c, i) => flow.wrap(c ?? '', flow.fonts[r === 0 && header ? 'bold' : 'regular'], 9, cols[i] - 8));
    const h = Math.max(height, Math.max(...wrapped.map((l) => l.length)) * 12 + 8);
    flow.ensure(h);
    let x = flow.margin;
    wrapped.forEach((lines, c) => {
      flow.page.drawRectangle({ x, y: flow.y - h, width: cols[c], height: h, borderColor: GREY, borderWidth: 0.5 });
      lines.forEach((line, j) =>
        flow.page.drawText(line, { x: x + 4, y: flow.y - 12 - j * 12, size: 9, font: flow.fonts[r === 0 && header ? 'bold' : 'regular'] }),
      );
      if (ink.some(([ir, ic]) => ir === r && ic === c))
        flow.scribble(x + 8, flow.y - h / 2 - 2, seed + r * 3 + c, Math.min(130, cols[c] - 20));
      x += cols[c];
    });
    flow.y -= h;
  });
  flow.y -= 10;
}

/** Lines of text at fixed column positions (a trail printed as a table, no ruling). */
function columns(flow, rows, xs, { size = 8, bold = false } = {}) {
  for (const row of rows) {
    flow.ensure(size + 6);
    flow.y -= size + 5;
    row.forEach((cell, i) =>
      flow.page.drawText(cell, { x: flow.margin + (xs[i] ?? 0), y: flow.y, size, font: flow.fonts[bold ? 'bold' : 'regular'] }),
    );
  }
  flow.y -= 6;
}

const time = (at) => at.slice(11, 19);
const hm = (at) => at.slice(11, 16);

/**
 * E-signature vendors' marks, written from their structure: a stamp for the signature area and
 * a trail page. An envelope's events: { action: created|sent|viewed|signed|declined|pending|completed, name, email, at }.
 */
export const TRAILS = {
  /** Italian QES provider: a section per signer (key: value lines), then a chronology with dates "12 set 2026". */
  firmaqes: {
    name: 'FirmaCerta',
    stamp: (e) => [`Firmato digitalmente da ${e.name}`, `Data: ${e.at.slice(0, 10).replace(/-/g, '.')} ${time(e.at)} +02'00'`],
    page(flow, env) {
      flow.heading('Rapporto di firma FirmaCerta', 13);
      flow.text(`Documento: ${env.title}   ·   Codice pratica: ${env.id}`, { size: 8.5 });
      for (const e of env.events.filter((x) => ['signed', 'declined', 'pending'].includes(x.action))) {
        flow.text('Firmatario', { size: 9, font: 'bold', gap: 1 });
        flow.fields(
          [
            ['Nome', e.name],
            ['E-mail', e.email],
            [
              'Esito',
              { signed: 'Firmato (firma elettronica qualificata)', declined: 'Rifiutato', pending: 'In attesa di firma' }[e.action],
            ],
            ['Data e ora', e.action === 'pending' ? '—' : `${localDate('it', e.at, 'abbr')} ${time(e.at)} CEST`],
          ],
          { labelWidth: 110, size: 8.5 },
        );
      }
      flow.text('Cronologia', { size: 9, font: 'bold' });
      columns(
        flow,
        env.events
          .filter((e) => e.action !== 'pending')
          .map((e) => [
            `${localDate('it', e.at, 'abbr')} ${time(e.at)}`,
            {
              created: 'Pratica creata',
              sent: 'Invito inviato',
              viewed: 'Documento aperto',
              signed: 'Firma apposta',
              declined: 'Firma rifiutata',
              completed: 'Pratica conclusa',
            }[e.action],
            e.action === 'completed' ? '' : `${e.name} <${e.email}>`,
          ]),
        [0, 110, 230],
      );
    },
  },
  /** Brazilian vendor: one sentence per event, "dd/mm/yyyy hh:mm:ss (GMT-03:00)" first. */
  assinafacil: {
    name: 'AssinaFácil',
    stamp: (e) => [`Assinado eletronicamente por: ${e.name}`, `Data: ${localDate('pt', e.at)} ${hm(e.at)} (GMT-03:00)`],
    page(flow, env) {
      flow.heading('Relatório de assinaturas – AssinaFácil', 13);
      flow.text(`Documento: ${env.title}`, { size: 8.5, gap: 1 });
      flow.text(`Código de verificação: ${env.id.toUpperCase()}`, { size: 8.5 });
      flow.text('Histórico', { size: 9, font: 'bold' });
      for (const e of env.events) {
        const what = {
          created: `${e.name} criou este documento. (E-mail: ${e.email})`,
          sent: `Documento enviado para ${e.name} (${e.email}) assinar.`,
          viewed: `${e.name} visualizou este documento por meio do IP 198.51.100.7.`,
          signed: `${e.name} assinou este documento como parte. (E-mail: ${e.email}, IP: 198.51.100.7)`,
          declined: `${e.name} recusou-se a assinar este documento.`,
          pending: `Aguardando assinatura de ${e.name} (${e.email}).`,
          completed: 'Todas as assinaturas foram concluídas. Documento finalizado.',
        }[e.action];
        flow.text(`${localDate('pt', e.at)} ${time(e.at)} (GMT-03:00)   ${what}`, { size: 8, gap: 2 });
      }
    },
  },
  /** Dutch vendor: a log of Dutch sentences "… op 12-9-2026 om 14:03 uur". */
  tekenveilig: {
    name: 'TekenVeilig',
    stamp: (e) => [`Digitaal ondertekend via TekenVeilig`, `${e.name} · ${localDate('nl', e.at)} ${hm(e.at)}`],
    page(flow, env) {
      flow.heading('Ondertekeningsbewijs', 13);
      flow.text(`Dossier ${env.id} · ${env.title}`, { size: 8.5 });
      for (const e of env.events) {
        const when = `op ${localDate('nl', e.at)} om ${hm(e.at)} uur`;
        const what = {
          created: `Dossier aangemaakt door ${e.name} (${e.email}) ${when}`,
          sent: `Uitnodiging verstuurd aan ${e.name} (${e.email}) ${when}`,
          viewed: `Document geopend door ${e.name} ${when}`,
          signed: `Ondertekend door ${e.name} (${e.email}) ${when}, verificatie via sms-code`,
          declined: `Ondertekening geweigerd door ${e.name} ${when}`,
          pending: `Wacht op ondertekening door ${e.name} (${e.email})`,
          completed: `Dossier afgerond ${when}`,
        }[e.action];
        flow.text(what, { size: 8.5, gap: 2 });
      }
    },
  },
  /** Turkish e-imza provider: the trail is a table of columns (date-time, action, person, e-mail). */
  eimza: {
    name: 'e-İmzala',
    stamp: (e) => ['Elektronik olarak imzalanmıştır', `${e.name} – ${localDate('tr', e.at)} ${hm(e.at)}`],
    page(flow, env) {
      flow.heading('İşlem Geçmişi', 13);
      flow.text(`Belge: ${env.title}   Belge No: ${env.id}`, { size: 8.5 });
      columns(flow, [['Tarih / Saat', 'İşlem', 'Kişi', 'E-posta']], [0, 95, 200, 320], { bold: true });
      columns(
        flow,
        env.events.map((e) => [
          e.action === 'pending' ? '—' : `${localDate('tr', e.at)} ${time(e.at)}`,
          {
            created: 'Oluşturuldu',
            sent: 'Gönderildi',
            viewed: 'Görüntülendi',
            signed: 'İmzalandı',
            declined: 'Reddedildi',
            pending: 'İmza bekleniyor',
            completed: 'Tamamlandı',
          }[e.action],
          e.action === 'completed' ? '' : e.name,
          e.action === 'completed' ? '' : e.email,
        ]),
        [0, 95, 200, 320],
      );
    },
  },
  /** Czech vendor: a block per signer with "Stav" and "Čas podpisu" written "12. 9. 2026 14:03:11". */
  podepsano: {
    name: 'Podepsáno.cz',
    stamp: (e) => [`Elektronicky podepsal(a): ${e.name}`, `Datum: ${localDate('cs', e.at)} ${hm(e.at)}`],
    page(flow, env) {
      flow.heading('Protokol o podpisu', 13);
      flow.text(`Dokument: ${env.title}`, { size: 8.5, gap: 1 });
      flow.text(`ID obálky: ${env.id}`, { size: 8.5 });
      for (const e of env.events.filter((x) => ['signed', 'declined', 'pending'].includes(x.action))) {
        flow.text(`Podepisující: ${e.name}`, { size: 9, font: 'bold', gap: 1 });
        flow.text(`E-mail: ${e.email}`, { size: 8.5, gap: 1 });
        flow.text(`Stav: ${{ signed: 'Podepsáno', declined: 'Odmítnuto', pending: 'Čeká na podpis' }[e.action]}`, { size: 8.5, gap: 1 });
        flow.text(`Čas podpisu: ${e.action === 'signed' ? `${localDate('cs', e.at)} ${time(e.at)} SELČ` : '—'}`, { size: 8.5, gap: 6 });
      }
    },
  },
  /** An ISO 8601 machine log (UTC), event codes, as trust-service providers export them. */
  isolog: {
    name: 'TrustSeal',
    stamp: (e) => ['Signed with TrustSeal (QES)', `${e.name}`, `${e.at}`],
    page(flow, env) {
      flow.heading('TrustSeal evidence record', 13);
      flow.text(`Record ${env.id} · document "${env.title}" · all times UTC (ISO 8601)`, { size: 8.5 });
      columns(
        flow,
        env.events.map((e) => [
          e.at.replace('.000', ''),
          {
            created: 'envelope.created',
            sent: 'invitation.sent',
            viewed: 'document.opened',
            signed: 'signature.completed',
            declined: 'signature.declined',
            pending: 'signature.pending',
            completed: 'envelope.sealed',
          }[e.action],
          e.action === 'completed' ? '' : `${e.name} <${e.email}>`,
        ]),
        [0, 110, 215],
      );
    },
  },
  /** A US vendor: a summary box per recipient with written-month timestamps and time zones. */
  inkwell: {
    name: 'Inkwell Sign',
    stamp: (e) => ['Inkwell Sign', e.name, `${MONTHS.en[ymd(e.at)[1] - 1].slice(0, 3)} ${ymd(e.at)[2]}, ${ymd(e.at)[0]}`],
    page(flow, env) {
      flow.heading('Inkwell Sign – Audit Log', 13);
      flow.text(`Document: ${env.title}`, { size: 8.5, gap: 1 });
      flow.text(`Reference: ${env.id}`, { size: 8.5 });
      for (const e of env.events) {
        const [y, m, d] = ymd(e.at);
        const h = Number(e.at.slice(11, 13));
        const stamp = `${MONTHS.en[m - 1].slice(0, 3)} ${d} ${y}, ${((h + 11) % 12) + 1}:${e.at.slice(14, 16)} ${h < 12 ? 'AM' : 'PM'} UTC`;
        const what = {
          created: `Created by ${e.name} (${e.email})`,
          sent: `Sent to ${e.name} (${e.email})`,
          viewed: `Viewed by ${e.name} (${e.email})`,
          signed: `Signed by ${e.name} (${e.email})`,
          declined: `Declined by ${e.name} (${e.email})`,
          pending: `Awaiting ${e.name} (${e.email})`,
          completed: 'Document completed',
        }[e.action];
        columns(flow, [[stamp, what]], [0, 130]);
      }
    },
  },
};

/** An envelope: the partner sends, the customer views and signs on `day`, the partner signs; options change who signs. */
export function envelopeOf(id, title, s, day, { customer = 'signed', partner = true, hour = 10 } = {}) {
  const at = (offset, t) => `${new Date(Date.parse(`${day}T00:00:00Z`) + offset * 86400000).toISOString().slice(0, 10)}T${t}Z`;
  const P = { name: s.partner.person, email: s.partner.personEmail };
  const C = { name: s.customer.contactName, email: s.customer.contactEmail };
  const events = [
    { action: 'created', ...P, at: at(-3, '08:41:09') },
    { action: 'sent', ...C, at: at(-3, '08:42:30') },
  ];
  if (partner) events.push({ action: 'signed', ...P, at: at(-3, '08:44:12') });
  if (customer !== 'pending') events.push({ action: 'viewed', ...C, at: at(0, `${pad(hour - 1)}:47:03`) });
  events.push({ action: customer, ...C, at: at(0, `${pad(hour)}:03:11`) });
  if (customer === 'signed') events.push({ action: 'completed', ...P, at: at(0, `${pad(hour)}:03:12`) });
  return { id, title, events };
}

/**
 * The signature area as a table at the end of the document: a column per party, rows for the
 * company, signature (ink or the vendor's stamp), name, title and date. `sides` per party:
 * { company, name, title, date, ink: bool, stamp: [lines] }.
 */
export function signatureTable(flow, labels, heads, sides, seed = 11) {
  const rows = [
    ['', ...heads],
    [labels.company, ...sides.map((x) => x.company ?? '')],
    [labels.signature, ...sides.map((x) => (x.stamp ? x.stamp.join('  ') : ''))],
    [labels.name, ...sides.map((x) => x.name ?? '')],
    [labels.title, ...sides.map((x) => x.title ?? '')],
    [labels.date, ...sides.map((x) => x.date ?? '')],
  ];
  const ink = sides.flatMap((x, i) => (x.ink ? [[2, i + 1]] : []));
  grid(flow, rows, [1, 2, 2], { ink, height: 22, seed });
}

/** A multi-page SOW: numbered sections, assumptions, a signature table at the very end. */
export async function sowPdf({ s, title, sides, heads, trail, env, extra = [] }) {
  const t = TEXT[s.lang];
  const flow = await writer(title, s.partner.person, s.locale === 'en-US' ? LETTER : A4, `${s.partner.name} – ${title}`);
  flow.heading(title, 17);
  flow.text(`${s.partner.name} ("Contractor") and ${s.customer.name} ("Customer")`, { font: 'bold' });
  const paras = body(s);
  flow.heading('1. Background', 12);
  flow.text(paras[0]);
  flow.text(paras[1]);
  flow.heading('2. Scope of services', 12);
  for (const p of paras.slice(2, 2 + (s.describe ?? s.products).length)) flow.text(p);
  flow.heading('3. Assumptions and out of scope', 12);
  for (let i = 0; i < 9; i++)
    flow.text(
      `3.${i + 1} The Customer provides timely access to administrators, licences and change windows; items not listed in section 2 require a change request agreed by both parties.`,
      { size: 9.5 },
    );
  flow.newPage();
  flow.heading('4. Plan and milestones', 12);
  for (const p of paras.slice(2 + (s.describe ?? s.products).length, -1)) flow.text(p);
  flow.heading('5. Governance', 12);
  for (let i = 0; i < 6; i++)
    flow.text(`5.${i + 1} A weekly status meeting reviews risks, issues and decisions; the steering committee meets at each milestone.`, {
      size: 9.5,
    });
  for (const p of extra) flow.text(p);
  flow.heading('6. Acceptance', 12);
  flow.text(paras.at(-1));
  signatureTable(flow, t.labels, heads, sides);
  if (trail) {
    flow.newPage();
    TRAILS[trail].page(flow, env);
  }
  return flow.save();
}

/** An acceptance certificate: a deliverables table with an "Accepted" column, a statement, a signed block. */
export async function certificatePdf({ s, title, deliverables, head, statement, blocks, trail, env }) {
  const flow = await writer(title, s.partner.person, A4);
  flow.heading(title, 18);
  flow.fields(head, { labelWidth: 150 });
  grid(flow, deliverables, [2.6, 3.6, 1, 1.3], { height: 18 });
  for (const p of statement) flow.text(p, { size: 9.5 });
  for (const b of blocks) signBlock(flow, s, b);
  if (trail) {
    flow.newPage();
    TRAILS[trail].page(flow, env);
  }
  return flow.save();
}

/**
 * A signature block written as lines: a heading ("Signed for and on behalf of …"), the mark
 * (ink stroke, vendor stamp or nothing), then label: value lines.
 */
export function signBlock(flow, s, b) {
  const l = TEXT[s.lang].labels;
  flow.ensure(130);
  flow.text(b.heading, { font: 'bold', size: 9.5, gap: 4 });
  const top = flow.y;
  if (b.ink) flow.scribble(flow.margin + 10, top - 22, b.seed ?? 5, 130);
  if (b.stamp) {
    flow.page.drawRectangle({ x: flow.margin, y: top - 40, width: 250, height: 36, borderColor: rgb(0.2, 0.4, 0.7), borderWidth: 0.8 });
    b.stamp.forEach((line, i) =>
      flow.page.drawText(line, { x: flow.margin + 6, y: top - 14 - i * 11, size: 8, font: flow.fonts.regular, color: BLUE }),
    );
  }
  flow.y = top - 46;
  for (const [k, v] of b.fields ?? [[l.name, b.name], [l.title, b.title], ...(b.date !== undefined ? [[l.date, b.date]] : [])])
    flow.text(`${k}: ${v}`, { size: 9.5, gap: 2 });
  flow.y -= 10;
}

/** Project closure report: KPIs table, lessons learned, a sign-off table (rows = roles). */
export async function closurePdf({ s, title, signoff, ink, trail, env }) {
  const flow = await writer(title, s.partner.person, A4, `${title} · ${s.customer.name}`);
  flow.heading(title, 18);
  flow.text(`${s.customer.name} · ${s.partner.name}`, { font: 'bold' });
  const paras = body(s);
  flow.heading('Summary', 12);
  for (const p of paras.slice(0, -1)) flow.text(p, { size: 9.5 });
  flow.heading('Results', 12);
  grid(
    flow,
    [
      ['KPI', 'Target', 'Achieved'],
      ['Managed endpoints', String(s.devices), String(s.devices - 12)],
      ['Users onboarded', String(s.users), String(s.users)],
      ['Open incidents at handover', '0', '0'],
    ],
    [3, 1.5, 1.5],
    { height: 18 },
  );
  flow.heading('Lessons learned', 12);
  flow.text(
    'Early involvement of the service desk shortened the pilot; device naming standards should be agreed before enrolment starts.',
    {
      size: 9.5,
    },
  );
  flow.heading('Sign-off', 12);
  flow.text(paras.at(-1), { size: 9.5 });
  grid(flow, signoff, [2, 2, 1.8, 1.4], { ink, height: 26 });
  if (trail) {
    flow.newPage();
    TRAILS[trail].page(flow, env);
  }
  return flow.save();
}

/** Meeting minutes: attendees, agenda, decisions and actions, "Minutes approved by" the customer. */
export async function minutesPdf({ s, title, attendees, items, approval, trail, env }) {
  const flow = await writer(title, s.partner.person, A4);
  flow.heading(title, 16);
  flow.fields(attendees, { labelWidth: 130 });
  for (const [h, ps] of items) {
    flow.text(h, { font: 'bold', size: 10 });
    for (const p of ps) flow.text(`– ${p}`, { size: 9.5, indent: 10 });
  }
  signBlock(flow, s, approval);
  if (trail) {
    flow.newPage();
    TRAILS[trail].page(flow, env);
  }
  return flow.save();
}

/** A letter on the customer's letterhead: their name and address at the top, place and date, signature with no date. */
export async function letterheadPdf({ s, place, dateText, paragraphs, signer }) {
  const flow = await writer(`Letter ${s.customer.name}`, s.customer.contactName, A4);
  flow.page.drawText(s.customer.name.toUpperCase(), { x: flow.margin, y: flow.size[1] - 50, size: 15, font: flow.fonts.bold, color: BLUE });
  flow.page.drawText(s.customer.address, { x: flow.margin, y: flow.size[1] - 64, size: 8, font: flow.fonts.regular, color: GREY });
  flow.y -= 40;
  flow.text(`${place}, ${dateText}`, { gap: 14 });
  flow.text('To whom it may concern', { gap: 10 });
  for (const p of paragraphs) flow.text(p, { gap: 7 });
  flow.text('Yours faithfully,', { gap: 4 });
  const top = flow.y;
  flow.scribble(flow.margin + 6, top - 20, 23, 120);
  flow.y = top - 34;
  flow.text(signer.name, { font: 'bold', gap: 1 });
  flow.text(`${signer.title}, ${s.customer.name}`, { gap: 2 });
  return flow.save();
}

/** A one-page form of label/value rows; the customer is named only in its signature block. */
export async function formPdf({ s, title, rows, blocks }) {
  const flow = await writer(title, s.partner.person, A4);
  flow.heading(title, 15);
  flow.fields(rows, { labelWidth: 160 });
  for (const b of blocks) signBlock(flow, s, b);
  return flow.save();
}

/** A quotation: a price table, totals, and an acceptance block signed by the customer. */
export async function quotePdf({ s, title, intro, head, lines, totalLabel, block }) {
  const flow = await writer(title, s.partner.person, A4);
  flow.heading(title, 16);
  flow.text(intro, { gap: 8 });
  grid(
    flow,
    [head, ...lines.map((l) => [l.code, l.name, String(l.qty), l.price.toFixed(2), (l.qty * l.price).toFixed(2)])],
    [1.3, 3.4, 0.8, 1.2, 1.3],
    {
      height: 18,
    },
  );
  flow.text(`${totalLabel}: ${lines.reduce((a, l) => a + l.qty * l.price, 0).toFixed(2)} TRY`, { font: 'bold' });
  signBlock(flow, s, block);
  return flow.save();
}

/** A Word document whose letterhead (a table in the page header) carries the partner's name. */
export async function docxWithHeader({ header, blocks, meta }) {
  const cell = (text, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold, size: 18 })] })] });
  const headerTable = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: header.map((row) => new TableRow({ children: row.map((c, i) => cell(c, i === 0)) })),
  });
  const children = blocks.map((b) => {
    if (b.table)
      return new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: b.table.map((row, r) => new TableRow({ children: row.map((c) => cell(c, r === 0)) })),
      });
    return new Paragraph({ children: [new TextRun({ text: b.p, bold: !!b.bold, size: b.bold ? 28 : 21 })] });
  });
  const doc = new Document({
    creator: meta.author,
    title: meta.title,
    sections: [{ headers: { default: new Header({ children: [headerTable, new Paragraph('')] }) }, children }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function rfc(day, t, zone = '+0200') {
  const d = new Date(`${day}T${t}Z`);
  return `${DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MON[d.getUTCMonth()]} ${d.getUTCFullYear()} ${t} ${zone}`;
}

/**
 * A reply thread as Gmail/Apple Mail quote it ("On …, X wrote:" then "> " lines): the
 * customer's own words on top, the partner's message quoted below.
 */
export function replyMail({ from, to, subject, day, top, quotedFrom, quotedDay, quotedBody, attachments = [], wroteLine }) {
  const wrote = wroteLine ?? `On ${rfc(quotedDay, '16:20:00')}, ${quotedFrom} wrote:`;
  const text = `${top}\n\n${wrote}\n${quotedBody
    .split('\n')
    .map((l) => `> ${l}`)
    .join('\n')}`;
  return emlMessage({
    headers: {
      From: from,
      To: to,
      Subject: subject,
      Date: rfc(day, '09:12:44'),
      'Message-ID': `<ho-${day}-${Math.abs(hash(from))}@mail.example>`,
    },
    body: text,
    attachments,
  });
}

function hash(s) {
  let h = 0;
  for (const ch of s) h = (h * 31 + ch.charCodeAt(0)) | 0;
  return h;
}
