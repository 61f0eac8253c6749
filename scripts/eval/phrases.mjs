/**
 * What a partner writes in a POE document, in eleven languages: the same facts (who, what,
 * how many, when, accepted by whom) worded as people write them in each language, and each
 * language's own date forms (numeric, written, "this 3rd day of").
 */

const MONTHS = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  pl: [
    'stycznia',
    'lutego',
    'marca',
    'kwietnia',
    'maja',
    'czerwca',
    'lipca',
    'sierpnia',
    'września',
    'października',
    'listopada',
    'grudnia',
  ],
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  da: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
};

const parts = (iso) => iso.split('-').map(Number);
const pad = (n) => String(n).padStart(2, '0');
const ordinal = (d) => `${d}${d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'}`;

/** A date as a person of that language writes it in running text. */
export function writtenDate(lang, iso) {
  const [y, m, d] = parts(iso);
  const name = MONTHS[lang]?.[m - 1];
  switch (lang) {
    case 'en':
      return `${d} ${name} ${y}`;
    case 'de':
    case 'da':
      return `${d}. ${name} ${y}`;
    case 'es':
    case 'pt':
      return `${d} de ${name} de ${y}`;
    case 'ja':
      return `${y}年${m}月${d}日`;
    case 'tr':
      return `${pad(d)}.${pad(m)}.${y}`;
    default:
      return `${d} ${name} ${y}`;
  }
}

/** The numeric form the language's countries use (day first, except ISO in sv/ja). */
export function numericDate(lang, iso) {
  const [y, m, d] = parts(iso);
  if (lang === 'sv') return iso;
  if (lang === 'ja') return `${y}/${pad(m)}/${pad(d)}`;
  if (lang === 'de' || lang === 'pl' || lang === 'tr' || lang === 'da') return `${pad(d)}.${pad(m)}.${y}`;
  if (lang === 'nl') return `${pad(d)}-${pad(m)}-${y}`;
  if (lang === 'en') return `${d} ${MONTHS.en[m - 1].slice(0, 3)} ${y}`;
  return `${pad(d)}/${pad(m)}/${y}`;
}

/** "this 3rd day of March, 2026": the legal English form. */
export function legalDate(iso) {
  const [y, m, d] = parts(iso);
  return `this ${ordinal(d)} day of ${MONTHS.en[m - 1]}, ${y}`;
}

/** US month-first numeric date ("3/4/2026"), as US-based vendors print them. */
export function usDate(iso, padded = false) {
  const [y, m, d] = parts(iso);
  return padded ? `${pad(m)}/${pad(d)}/${y}` : `${m}/${d}/${y}`;
}

export const MONTH_ABBR = MONTHS.en.map((m) => m.slice(0, 3));

/**
 * Per language: the document's wording. `s` is the story (partner, customer, products, numbers,
 * phases); every sentence names concrete facts, as a valid POE must.
 */
export const PHRASES = {
  en: {
    title: 'Project completion and customer acceptance',
    intro: (s) =>
      `${s.partner.name} delivered the services below for ${s.customer.name} between ${writtenDate('en', s.phases[0][0])} and ${writtenDate('en', s.phases.at(-1)[1])}.`,
    challenge: (s) =>
      `Challenge: ${s.customer.name} ran ${s.devices} unmanaged devices across ${s.sites} sites and had no consistent security baseline for its ${s.users} users.`,
    scope: (s, p) =>
      `Deployed and configured ${p} for ${s.users} users and ${s.devices} devices, including policies, pilot groups and production rollout.`,
    phase: (i, a, b) =>
      `Phase ${i + 1}: ${['assessment and design', 'pilot with 50 users', 'production rollout and handover'][i] ?? 'follow-up'} (${writtenDate('en', a)} to ${writtenDate('en', b)})`,
    accept: (s) => `${s.customer.name} confirms that the services described above were delivered by ${s.partner.name} and accepts them.`,
    customerHeading: 'For the customer',
    partnerHeading: 'For the partner',
    labels: { signature: 'Signature', name: 'Name', title: 'Title', date: 'Date' },
    generic:
      'Our team supported the customer with testing, ongoing support and general advisory services to help them get the most out of their Microsoft investment.',
  },
  de: {
    title: 'Projektabschluss und Abnahmeerklärung',
    intro: (s) =>
      `${s.partner.name} hat für ${s.customer.name} vom ${writtenDate('de', s.phases[0][0])} bis ${writtenDate('de', s.phases.at(-1)[1])} die folgenden Leistungen erbracht.`,
    challenge: (s) =>
      `Ausgangslage: ${s.customer.name} betrieb ${s.devices} nicht verwaltete Geräte an ${s.sites} Standorten ohne einheitliche Sicherheitsrichtlinien für ${s.users} Benutzer.`,
    scope: (s, p) =>
      `Einführung und Konfiguration von ${p} für ${s.users} Benutzer und ${s.devices} Geräte, einschließlich Richtlinien, Pilotgruppe und Rollout in die Produktion.`,
    phase: (i, a, b) =>
      `Phase ${i + 1}: ${['Analyse und Konzept', 'Pilot mit 50 Benutzern', 'Rollout und Übergabe an den Betrieb'][i] ?? 'Nacharbeiten'} (${numericDate('de', a)} bis ${numericDate('de', b)})`,
    accept: (s) =>
      `${s.customer.name} bestätigt, dass die oben beschriebenen Leistungen von ${s.partner.name} erbracht wurden, und nimmt sie ab.`,
    customerHeading: 'Für den Kunden',
    partnerHeading: 'Für den Partner',
    labels: { signature: 'Unterschrift', name: 'Name', title: 'Funktion', date: 'Datum' },
    generic:
      'Unser Team hat den Kunden mit Tests, laufendem Support und allgemeiner Beratung unterstützt, damit er das Beste aus seiner Microsoft-Investition herausholt.',
  },
  fr: {
    title: 'Procès-verbal de réception des prestations',
    intro: (s) =>
      `${s.partner.name} a réalisé pour ${s.customer.name} les prestations ci-dessous du ${writtenDate('fr', s.phases[0][0])} au ${writtenDate('fr', s.phases.at(-1)[1])}.`,
    challenge: (s) =>
      `Contexte : ${s.customer.name} exploitait ${s.devices} postes non gérés sur ${s.sites} sites, sans politique de sécurité commune pour ses ${s.users} utilisateurs.`,
    scope: (s, p) =>
      `Déploiement et configuration de ${p} pour ${s.users} utilisateurs et ${s.devices} postes : stratégies, groupe pilote et mise en production.`,
    phase: (i, a, b) =>
      `Phase ${i + 1} : ${['audit et conception', 'pilote avec 50 utilisateurs', 'déploiement et transfert au support'][i] ?? 'suivi'} (du ${numericDate('fr', a)} au ${numericDate('fr', b)})`,
    accept: (s) =>
      `${s.customer.name} confirme que les prestations décrites ci-dessus ont été réalisées par ${s.partner.name} et prononce leur réception.`,
    customerHeading: 'Pour le client',
    partnerHeading: 'Pour le partenaire',
    labels: { signature: 'Signature', name: 'Nom', title: 'Fonction', date: 'Date' },
    generic:
      'Notre équipe a accompagné le client avec des tests, un support continu et du conseil général pour tirer le meilleur de son investissement Microsoft.',
  },
  es: {
    title: 'Acta de aceptación de servicios',
    intro: (s) =>
      `${s.partner.name} prestó a ${s.customer.name} los servicios siguientes entre el ${writtenDate('es', s.phases[0][0])} y el ${writtenDate('es', s.phases.at(-1)[1])}.`,
    challenge: (s) =>
      `Situación inicial: ${s.customer.name} tenía ${s.devices} equipos sin gestionar en ${s.sites} sedes y ninguna directiva de seguridad común para sus ${s.users} usuarios.`,
    scope: (s, p) =>
      `Implantación y configuración de ${p} para ${s.users} usuarios y ${s.devices} equipos, con directivas, grupo piloto y paso a producción.`,
    phase: (i, a, b) =>
      `Fase ${i + 1}: ${['análisis y diseño', 'piloto con 50 usuarios', 'despliegue y traspaso a soporte'][i] ?? 'seguimiento'} (del ${numericDate('es', a)} al ${numericDate('es', b)})`,
    accept: (s) => `${s.customer.name} confirma que ${s.partner.name} prestó los servicios descritos y los acepta.`,
    customerHeading: 'Por el cliente',
    partnerHeading: 'Por el partner',
    labels: { signature: 'Firma', name: 'Nombre', title: 'Cargo', date: 'Fecha' },
    generic:
      'Nuestro equipo apoyó al cliente con pruebas, soporte continuo y asesoría general para sacar el máximo partido de su inversión en Microsoft.',
  },
  pt: {
    title: 'Termo de aceite dos serviços',
    intro: (s) =>
      `A ${s.partner.name} prestou à ${s.customer.name} os serviços abaixo entre ${writtenDate('pt', s.phases[0][0])} e ${writtenDate('pt', s.phases.at(-1)[1])}.`,
    challenge: (s) =>
      `Desafio: a ${s.customer.name} tinha ${s.devices} dispositivos sem gestão em ${s.sites} unidades e nenhuma política de segurança comum para ${s.users} usuários.`,
    scope: (s, p) =>
      `Implantação e configuração do ${p} para ${s.users} usuários e ${s.devices} dispositivos, com políticas, grupo piloto e entrada em produção.`,
    phase: (i, a, b) =>
      `Fase ${i + 1}: ${['diagnóstico e desenho', 'piloto com 50 usuários', 'implantação e passagem para a operação'][i] ?? 'acompanhamento'} (${numericDate('pt', a)} a ${numericDate('pt', b)})`,
    accept: (s) => `A ${s.customer.name} confirma que os serviços descritos foram prestados pela ${s.partner.name} e dá o seu aceite.`,
    customerHeading: 'Pelo cliente',
    partnerHeading: 'Pelo parceiro',
    labels: { signature: 'Assinatura', name: 'Nome', title: 'Cargo', date: 'Data' },
    generic:
      'Nossa equipe apoiou o cliente com testes, suporte contínuo e consultoria geral para aproveitar ao máximo o investimento Microsoft.',
  },
  it: {
    title: 'Verbale di collaudo e accettazione',
    intro: (s) =>
      `${s.partner.name} ha svolto per ${s.customer.name} le attività seguenti dal ${writtenDate('it', s.phases[0][0])} al ${writtenDate('it', s.phases.at(-1)[1])}.`,
    challenge: (s) =>
      `Contesto: ${s.customer.name} gestiva ${s.devices} dispositivi non gestiti in ${s.sites} sedi, senza criteri di sicurezza comuni per ${s.users} utenti.`,
    scope: (s, p) =>
      `Implementazione e configurazione di ${p} per ${s.users} utenti e ${s.devices} dispositivi: criteri, gruppo pilota e rilascio in produzione.`,
    phase: (i, a, b) =>
      `Fase ${i + 1}: ${['analisi e progettazione', 'pilota con 50 utenti', 'rilascio e passaggio al supporto'][i] ?? 'verifica'} (dal ${numericDate('it', a)} al ${numericDate('it', b)})`,
    accept: (s) => `${s.customer.name} conferma che le attività descritte sono state svolte da ${s.partner.name} e le accetta.`,
    customerHeading: 'Per il cliente',
    partnerHeading: 'Per il partner',
    labels: { signature: 'Firma', name: 'Nome', title: 'Ruolo', date: 'Data' },
    generic:
      'Il nostro team ha supportato il cliente con test, supporto continuo e consulenza generale per valorizzare il suo investimento Microsoft.',
  },
  nl: {
    title: 'Opleveringsverklaring en acceptatie',
    intro: (s) =>
      `${s.partner.name} heeft van ${writtenDate('nl', s.phases[0][0])} tot ${writtenDate('nl', s.phases.at(-1)[1])} de onderstaande diensten voor ${s.customer.name} geleverd.`,
    challenge: (s) =>
      `Uitdaging: ${s.customer.name} had ${s.devices} onbeheerde apparaten op ${s.sites} locaties en geen gemeenschappelijk beveiligingsbeleid voor ${s.users} gebruikers.`,
    scope: (s, p) =>
      `Uitrol en configuratie van ${p} voor ${s.users} gebruikers en ${s.devices} apparaten, met beleid, pilotgroep en productie-uitrol.`,
    phase: (i, a, b) =>
      `Fase ${i + 1}: ${['inventarisatie en ontwerp', 'pilot met 50 gebruikers', 'uitrol en overdracht aan beheer'][i] ?? 'nazorg'} (${numericDate('nl', a)} tot ${numericDate('nl', b)})`,
    accept: (s) =>
      `${s.customer.name} bevestigt dat de hierboven beschreven diensten door ${s.partner.name} zijn geleverd en aanvaardt deze.`,
    customerHeading: 'Namens de klant',
    partnerHeading: 'Namens de partner',
    labels: { signature: 'Handtekening', name: 'Naam', title: 'Functie', date: 'Datum' },
    generic:
      'Ons team heeft de klant ondersteund met testen, doorlopende ondersteuning en algemeen advies om het meeste uit de Microsoft-investering te halen.',
  },
  pl: {
    title: 'Protokół odbioru usług',
    intro: (s) =>
      `${s.partner.name} zrealizował dla ${s.customer.name} poniższe usługi w okresie od ${writtenDate('pl', s.phases[0][0])} do ${writtenDate('pl', s.phases.at(-1)[1])}.`,
    challenge: (s) =>
      `Wyzwanie: ${s.customer.name} miał ${s.devices} niezarządzanych urządzeń w ${s.sites} lokalizacjach i brak wspólnych zasad bezpieczeństwa dla ${s.users} użytkowników.`,
    scope: (s, p) =>
      `Wdrożenie i konfiguracja ${p} dla ${s.users} użytkowników i ${s.devices} urządzeń: zasady, grupa pilotażowa i wdrożenie produkcyjne.`,
    phase: (i, a, b) =>
      `Etap ${i + 1}: ${['analiza i projekt', 'pilotaż z 50 użytkownikami', 'wdrożenie i przekazanie do utrzymania'][i] ?? 'wsparcie'} (${numericDate('pl', a)} – ${numericDate('pl', b)})`,
    accept: (s) => `${s.customer.name} potwierdza, że opisane usługi zostały wykonane przez ${s.partner.name}, i dokonuje ich odbioru.`,
    customerHeading: 'W imieniu klienta',
    partnerHeading: 'W imieniu partnera',
    labels: { signature: 'Podpis', name: 'Imię i nazwisko', title: 'Stanowisko', date: 'Data' },
    generic:
      'Nasz zespół wspierał klienta testami, bieżącym wsparciem i ogólnym doradztwem, aby w pełni wykorzystał inwestycję w Microsoft.',
  },
  sv: {
    title: 'Leveransgodkännande',
    intro: (s) =>
      `${s.partner.name} har levererat nedanstående tjänster till ${s.customer.name} mellan ${writtenDate('sv', s.phases[0][0])} och ${writtenDate('sv', s.phases.at(-1)[1])}.`,
    challenge: (s) =>
      `Utmaning: ${s.customer.name} hade ${s.devices} ohanterade enheter på ${s.sites} platser och ingen gemensam säkerhetspolicy för ${s.users} användare.`,
    scope: (s, p) =>
      `Införande och konfiguration av ${p} för ${s.users} användare och ${s.devices} enheter, med policyer, pilotgrupp och produktionssättning.`,
    phase: (i, a, b) =>
      `Fas ${i + 1}: ${['nulägesanalys och design', 'pilot med 50 användare', 'utrullning och överlämning till förvaltning'][i] ?? 'uppföljning'} (${numericDate('sv', a)} – ${numericDate('sv', b)})`,
    accept: (s) => `${s.customer.name} bekräftar att tjänsterna ovan har levererats av ${s.partner.name} och godkänner leveransen.`,
    customerHeading: 'För kunden',
    partnerHeading: 'För partnern',
    labels: { signature: 'Underskrift', name: 'Namn', title: 'Befattning', date: 'Datum' },
    generic:
      'Vårt team har stöttat kunden med tester, löpande support och allmän rådgivning för att få ut mesta möjliga av Microsoft-investeringen.',
  },
  da: {
    title: 'Leveranceerklæring og godkendelse',
    intro: (s) =>
      `${s.partner.name} har leveret nedenstående ydelser til ${s.customer.name} fra ${writtenDate('da', s.phases[0][0])} til ${writtenDate('da', s.phases.at(-1)[1])}.`,
    challenge: (s) =>
      `Udfordring: ${s.customer.name} havde ${s.devices} ikke-administrerede enheder på ${s.sites} lokationer og ingen fælles sikkerhedspolitik for ${s.users} brugere.`,
    scope: (s, p) =>
      `Udrulning og konfiguration af ${p} for ${s.users} brugere og ${s.devices} enheder, med politikker, pilotgruppe og produktionssætning.`,
    phase: (i, a, b) =>
      `Fase ${i + 1}: ${['analyse og design', 'pilot med 50 brugere', 'udrulning og overdragelse til drift'][i] ?? 'opfølgning'} (${numericDate('da', a)} – ${numericDate('da', b)})`,
    accept: (s) => `${s.customer.name} bekræfter, at ydelserne ovenfor er leveret af ${s.partner.name}, og godkender dem.`,
    customerHeading: 'For kunden',
    partnerHeading: 'For partneren',
    labels: { signature: 'Underskrift', name: 'Navn', title: 'Titel', date: 'Dato' },
    generic:
      'Vores team har støttet kunden med test, løbende support og generel rådgivning, så kunden får mest muligt ud af sin Microsoft-investering.',
  },
  ja: {
    title: '作業完了報告書 兼 検収書',
    intro: (s) =>
      `${s.partner.name}は、${writtenDate('ja', s.phases[0][0])}から${writtenDate('ja', s.phases.at(-1)[1])}まで、${s.customer.name}に対し以下のサービスを提供しました。`,
    challenge: (s) =>
      `課題: ${s.customer.name}では${s.sites}拠点の${s.devices}台の端末が管理されておらず、${s.users}名のユーザーに共通のセキュリティ基準がありませんでした。`,
    scope: (s, p) => `${p}を${s.users}名のユーザーと${s.devices}台のデバイスに導入・構成 (ポリシー設計、パイロット、本番展開)。`,
    phase: (i, a, b) =>
      `フェーズ${i + 1}: ${['現状調査と設計', '50名でのパイロット', '本番展開と運用引継ぎ'][i] ?? 'フォローアップ'} (${numericDate('ja', a)}～${numericDate('ja', b)})`,
    accept: (s) => `${s.customer.name}は、上記のサービスが${s.partner.name}により提供されたことを確認し、検収します。`,
    customerHeading: 'お客様',
    partnerHeading: 'パートナー',
    labels: { signature: '署名', name: '氏名', title: '役職', date: '日付' },
    generic: '当社チームは、テスト、継続的なサポート、一般的なアドバイスによりお客様のMicrosoft投資を支援しました。',
  },
};

/** The body paragraphs of a valid, detailed POE in `lang`. */
export function detailedBody(lang, s) {
  const p = PHRASES[lang];
  return [
    p.intro(s),
    p.challenge(s),
    ...s.products.map((prod) => p.scope(s, prod)),
    ...s.phases.map(([a, b], i) => p.phase(i, a, b)),
    p.accept(s),
  ];
}
