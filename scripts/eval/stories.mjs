/**
 * The people and companies of the evaluation set, per language, and the claim JSON built from a
 * story. Everything is fictional; names are written as people of each country write them.
 */

export const CUSTOMERS = {
  en: [
    { name: 'Northwind Traders', domain: 'northwindtraders.com', country: 'GB', contactName: 'Olivia Bennett', contactTitle: 'Head of IT' },
    { name: 'Woodgrove Bank', domain: 'woodgrovebank.com', country: 'US', contactName: 'Karen Mendes', contactTitle: 'VP Infrastructure' },
    { name: 'Tailspin Toys', domain: 'tailspintoys.com', country: 'AU', contactName: 'Mia Chen', contactTitle: 'IT Director' },
    { name: 'Blue Yonder Airlines', domain: 'blueyonderairlines.com', country: 'IE', contactName: 'Declan Murphy', contactTitle: 'CIO' },
    { name: 'Coho Winery', domain: 'cohowinery.com', country: 'US', contactName: 'Rachel Adams', contactTitle: 'Operations Director' },
    {
      name: 'Graphic Design Institute',
      domain: 'graphicdesigninstitute.com',
      country: 'IN',
      contactName: 'Arjun Mehta',
      contactTitle: 'IT Manager',
    },
  ],
  de: [
    { name: 'Fourth Coffee GmbH', domain: 'fourthcoffee.de', country: 'DE', contactName: 'Jürgen Weiß', contactTitle: 'Leiter IT' },
    { name: 'Bergmann Logistik AG', domain: 'bergmann-logistik.de', country: 'DE', contactName: 'Sabine Krüger', contactTitle: 'CIO' },
    {
      name: 'Alpenblick Versicherung AG',
      domain: 'alpenblick.ch',
      country: 'CH',
      contactName: 'Thomas Gerber',
      contactTitle: 'Head of Workplace',
    },
  ],
  fr: [
    { name: 'Maison Lefèvre SA', domain: 'maison-lefevre.fr', country: 'FR', contactName: 'Claire Dubois', contactTitle: 'DSI' },
    {
      name: 'Transports Girard',
      domain: 'transports-girard.fr',
      country: 'FR',
      contactName: 'Hélène Moreau',
      contactTitle: 'Responsable informatique',
    },
    { name: 'Brasserie Vanderbeke', domain: 'vanderbeke.be', country: 'BE', contactName: 'Luc Peeters', contactTitle: 'IT manager' },
  ],
  es: [
    {
      name: 'Grupo Almendra S.A.',
      domain: 'grupoalmendra.es',
      country: 'ES',
      contactName: 'Lucía Fernández',
      contactTitle: 'Directora de Sistemas',
    },
    { name: 'Comercial Tláloc', domain: 'comercialtlaloc.mx', country: 'MX', contactName: 'Jorge Ramírez', contactTitle: 'Gerente de TI' },
  ],
  pt: [
    {
      name: 'Construtora Ipê Ltda',
      domain: 'construtoraipe.com.br',
      country: 'BR',
      contactName: 'Ana Souza',
      contactTitle: 'Gerente de TI',
    },
    {
      name: 'Vinhos do Douro SA',
      domain: 'vinhosdouro.pt',
      country: 'PT',
      contactName: 'João Ferreira',
      contactTitle: 'Diretor de Sistemas',
    },
  ],
  it: [
    {
      name: 'Ferretti Meccanica S.p.A.',
      domain: 'ferrettimeccanica.it',
      country: 'IT',
      contactName: 'Giulia Russo',
      contactTitle: 'Responsabile IT',
    },
    { name: 'Cantine Aurora', domain: 'cantineaurora.it', country: 'IT', contactName: 'Marco Bianchi', contactTitle: 'CIO' },
  ],
  nl: [
    {
      name: 'Van Dijk Installatietechniek B.V.',
      domain: 'vandijk-installatie.nl',
      country: 'NL',
      contactName: 'Sanne de Vries',
      contactTitle: 'IT-manager',
    },
    { name: 'Polder Zuivel', domain: 'polderzuivel.nl', country: 'NL', contactName: 'Pieter Bakker', contactTitle: 'Hoofd ICT' },
  ],
  pl: [
    {
      name: 'Wisła Logistyka Sp. z o.o.',
      domain: 'wislalogistyka.pl',
      country: 'PL',
      contactName: 'Katarzyna Nowak',
      contactTitle: 'Kierownik IT',
    },
    { name: 'Mazowsze Meble S.A.', domain: 'mazowszemeble.pl', country: 'PL', contactName: 'Tomasz Wójcik', contactTitle: 'Dyrektor IT' },
  ],
  sv: [
    { name: 'Norrsken Energi AB', domain: 'norrskenenergi.se', country: 'SE', contactName: 'Erik Lindqvist', contactTitle: 'IT-chef' },
    { name: 'Fjällstugan Resor AB', domain: 'fjallstugan.se', country: 'SE', contactName: 'Anna Åberg', contactTitle: 'CIO' },
  ],
  da: [{ name: 'Havbryg A/S', domain: 'havbryg.dk', country: 'DK', contactName: 'Mette Jensen', contactTitle: 'IT-chef' }],
  ja: [
    { name: '株式会社さくら精機', domain: 'sakura-seiki.co.jp', country: 'JP', contactName: '山田 花子', contactTitle: '情報システム部長' },
    { name: '北斗物流株式会社', domain: 'hokuto-butsuryu.co.jp', country: 'JP', contactName: '佐藤 健', contactTitle: 'IT推進室長' },
  ],
};

export const PARTNERS = [
  {
    name: 'Fabrikam Consulting',
    domain: 'fabrikamconsulting.com',
    person: 'Priya Kaur',
    title: 'Engagement Manager',
    partnerId: '5272302',
  },
  { name: 'Relecloud Services', domain: 'relecloud.com', person: 'Tom Becker', title: 'Delivery Lead', partnerId: '4410987' },
  { name: 'Adatum Partners', domain: 'adatumpartners.com', person: 'Luis Ortega', title: 'Project Manager', partnerId: '3390021' },
  { name: 'Proseware Ltd', domain: 'proseware.com', person: 'Hannah Park', title: 'Principal Consultant', partnerId: '6120455' },
  { name: 'Litware Solutions', domain: 'litwaresolutions.com', person: 'Sven Holm', title: 'Practice Lead', partnerId: '7712093' },
  { name: 'Lamna Digital', domain: 'lamnadigital.com', person: 'Marta Silva', title: 'Project Lead', partnerId: '2298114' },
];

/** Letters NFD leaves whole that a batch may spell out in addresses, and what they become. */
const FOLDS = { ł: 'l', ı: 'i', ø: 'o', Ø: 'o' };

/**
 * A person's address at `domain`: the name without accents, lower case, dots between its words.
 * `folds` names the letters of FOLDS this batch spells out (each batch keeps the ones it was
 * written with, so its generated addresses, and with them its claims, stay as they were); other
 * letters NFD leaves whole become dots.
 */
export function mailAddress(name, domain, folds = '') {
  let n = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  for (const letter of folds) n = n.replaceAll(letter, FOLDS[letter]);
  return `${n
    .toLowerCase()
    .replace(/[^a-z]+/g, '.')
    .replace(/^\.|\.$/g, '')}@${domain}`;
}

export const PRODUCT_SETS = [
  ['Microsoft Intune', 'Microsoft Defender for Endpoint'],
  ['Exchange Online', 'Microsoft Teams'],
  ['Microsoft Purview Information Protection'],
  ['Microsoft Sentinel'],
  ['Teams Phone', 'Teams Rooms'],
  ['Microsoft Entra ID P1', 'Microsoft Intune'],
  ['SharePoint Online', 'Viva Connections'],
  ['Microsoft Defender for Office 365'],
];

/** Phases ending shortly before `signed` (ISO date), three of them. */
export function phasesBefore(signed) {
  const d = (offset) => new Date(Date.parse(`${signed}T00:00:00Z`) + offset * 86400000).toISOString().slice(0, 10);
  return [
    [d(-120), d(-92)],
    [d(-90), d(-50)],
    [d(-48), d(-6)],
  ];
}

/**
 * A story: who did what for whom, with numbers and phases. `i` picks the people; overrides win.
 * The Japanese contact's email uses a romanised name.
 */
export function story(lang, i, overrides = {}) {
  const list = CUSTOMERS[lang];
  const c = list[i % list.length];
  const p = PARTNERS[i % PARTNERS.length];
  const signed = overrides.signed ?? '2026-09-10';
  const contactEmail = lang === 'ja' ? `contact${i}@${c.domain}` : mailAddress(c.contactName, c.domain);
  const base = {
    lang,
    customer: { ...c, contactEmail, sector: 'commercial' },
    partner: { ...p, personEmail: mailAddress(p.person, p.domain) },
    products: PRODUCT_SETS[i % PRODUCT_SETS.length],
    users: 400 + ((i * 137) % 2600),
    devices: 300 + ((i * 89) % 2100),
    sites: 2 + (i % 9),
    signed,
    phases: phasesBefore(signed),
  };
  const s = {
    ...base,
    ...overrides,
    customer: { ...base.customer, ...overrides.customer },
    partner: { ...base.partner, ...overrides.partner },
  };
  s.claimed ??= s.products;
  return s;
}

/**
 * The story builder of a batch written per locale (held-out, probe, probe2): `customers` maps a
 * key to [name, domain, country, contact, contact's title, address?], `partners` to [name,
 * domain, person, title, partner id]; `defaults` gives the batch's signing date, sizes and
 * address folds. A story's `over` wins over all of it; its `customer` and `partner` are merged.
 */
export function storyMaker(customers, partners, { signed: signedByDefault, users, devices, sites, folds = '' }) {
  return (locale, customer, partner, over = {}) => {
    const [cname, cdomain, country, contactName, contactTitle, address] = customers[customer];
    const [pname, pdomain, person, ptitle, partnerId] = partners[partner];
    const signed = over.signed ?? signedByDefault;
    const { customer: customerOver, partner: partnerOver, ...rest } = over;
    const s = {
      lang: locale.slice(0, 2),
      locale,
      customer: {
        name: cname,
        domain: cdomain,
        country,
        sector: 'commercial',
        contactName,
        contactEmail: mailAddress(contactName, cdomain, folds),
        contactTitle,
        ...(address === undefined ? {} : { address }),
        ...customerOver,
      },
      partner: {
        name: pname,
        domain: pdomain,
        person,
        title: ptitle,
        partnerId,
        personEmail: mailAddress(person, pdomain, folds),
        ...partnerOver,
      },
      products: ['Microsoft Intune', 'Microsoft Defender for Endpoint'],
      users,
      devices,
      sites,
      signed,
      phases: phasesBefore(signed),
      ...rest,
    };
    s.claimed ??= s.products;
    return s;
  };
}

/** The claim's queue.json entry (poe-queue/1) from its story. */
export function claimJson(claimId, s, documents, extra = {}) {
  const usage = { program: 'cpor', partnerRole: 'Use or consume', activity: 'usage' };
  const bizApps = s.claimed.some((w) => /dynamics|power/i.test(w));
  return {
    claimId,
    ...usage,
    solutionArea: bizApps ? 'Business Applications' : 'Modern Work and Security',
    claimName: `${s.customer.name} ${s.claimed.join(', ')}`,
    status: 'Submitted',
    createdAt: s.createdAt ?? '2026-10-16',
    submittedAt: s.submittedAt ?? '2026-10-20',
    partner: { name: s.partner.name, partnerId: s.partner.partnerId, contactName: s.partner.person, contactEmail: s.partner.personEmail },
    customer: {
      name: s.customer.name,
      domain: s.customer.domain,
      country: s.customer.country,
      sector: s.customer.sector,
      contactName: s.customer.contactName,
      contactEmail: s.customer.contactEmail,
      contactTitle: s.customer.contactTitle,
    },
    workloads: s.claimed.map((name) => ({ name, subscriptionId: null, association: 'none' })),
    documents: documents.map((path) => ({ path, uploadedAt: '2026-10-15' })),
    ...extra,
  };
}

/**
 * An e-signature envelope: the partner creates and sends it, the customer views and signs on
 * `day`, the partner countersigns, the envelope completes. Options leave signers out.
 */
export function envelope(id, title, s, day, { customer = true, partner = true, declined = false, hour = 10 } = {}) {
  const at = (offsetDays, time) =>
    `${new Date(Date.parse(`${day}T00:00:00Z`) + offsetDays * 86400000).toISOString().slice(0, 10)}T${time}Z`;
  const P = { name: s.partner.person, email: s.partner.personEmail };
  const C = { name: s.customer.contactName, email: s.customer.contactEmail };
  const events = [
    { action: 'created', ...P, at: at(-2, '09:12:10') },
    { action: 'sent', ...C, at: at(-2, '09:13:02') },
    { action: 'viewed', ...C, at: at(0, `${String(hour - 1).padStart(2, '0')}:55:40`) },
  ];
  if (declined) events.push({ action: 'declined', ...C, at: at(0, `${String(hour).padStart(2, '0')}:02:11`) });
  else if (customer) events.push({ action: 'signed', ...C, at: at(0, `${String(hour).padStart(2, '0')}:01:22`) });
  if (partner) events.push({ action: 'signed', ...P, at: customer ? at(0, '15:30:05') : at(-2, '09:20:44') });
  if (customer && !declined) events.push({ action: 'completed', ...P, at: at(0, '15:30:06') });
  return { id, title, events, status: customer && !declined ? undefined : declined ? 'Declined' : 'Sent' };
}

/**
 * Numbers a batch's claims `<prefix>001`… in order, marks them (`{ [mark]: true }`; the tuned
 * set, `mark` null, is not marked), puts their documents under the claim's folder and builds
 * their queue.json entries.
 */
export function numberClaims(prefix, mark, list) {
  return list.map((c, i) => {
    const claimId = `${prefix}${String(i + 1).padStart(3, '0')}`;
    const docs = c.docs.map((d) => ({ ...d, path: `${claimId}/${d.name}` }));
    const { s, extra, ...rest } = c;
    return {
      ...rest,
      ...(mark === null ? {} : { [mark]: true }),
      claimId,
      docs,
      json: claimJson(
        claimId,
        s,
        docs.map((d) => d.path),
        extra,
      ),
    };
  });
}
