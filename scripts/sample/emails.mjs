/**
 * RFC 5322 messages as Outlook / Gmail export them (.eml), CRLF line ends, fixed dates and ids.
 */

function eml(headers, body) {
  const head = Object.entries(headers).map(([k, v]) => `${k}: ${v}`);
  const text = [
    ...head,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset="utf-8"',
    'Content-Transfer-Encoding: 8bit',
    '',
    ...body.split('\n'),
  ].join('\r\n');
  return new TextEncoder().encode(`${text}\r\n`);
}

/** Claim 1005007: a recent acknowledgement from the customer's own domain, rescuing a 2024 SOW. */
export function woodgroveAcknowledgementEml() {
  return eml(
    {
      From: 'Karen Mendes <karen.mendes@woodgrovebank.com>',
      To: 'Luis Ortega <luis.ortega@adatum.com>',
      Cc: 'Teams Program Office <teams-pmo@woodgrovebank.com>',
      Subject: 'RE: Teams Phone managed service and Teams Rooms expansion 2026',
      Date: 'Mon, 12 Oct 2026 14:22:05 -0400',
      'Message-ID': '<CY8PR11MB7134A1B2C3D4E5F6@CY8PR11MB7134.namprd11.prod.outlook.com>',
      'In-Reply-To': '<BN0PR02MB5712@BN0PR02MB5712.namprd02.prod.outlook.com>',
    },
    [
      'Hi Luis,',
      '',
      'Confirming for your records: A. Datum Corporation continues to be our partner for Microsoft',
      'Teams Phone at Woodgrove Bank. Since the original rollout (SOW ADATUM-SOW-2024-118) your team',
      'has run the voice platform for our 2,400 users and, in the current phase that started on',
      'August 3, 2026, is adding Teams Phone to the 9 branches we acquired from Southridge and',
      'installing 18 more Microsoft Teams Rooms. Porting of the last 310 numbers is planned for',
      'November 16-20, 2026.',
      '',
      'Thanks to you and the team for the work so far.',
      '',
      'Karen Mendes',
      'VP Infrastructure and Workplace',
      'Woodgrove Bank',
      '',
      '-----Original Message-----',
      'From: Luis Ortega <luis.ortega@adatum.com>',
      'Sent: Friday, October 9, 2026 11:03 AM',
      'To: Karen Mendes <karen.mendes@woodgrovebank.com>',
      'Subject: Teams Phone managed service and Teams Rooms expansion 2026',
      '',
      'Karen, could you confirm by email that we are engaged on the 2026 expansion? Microsoft asks',
      'for a recent customer confirmation alongside our 2024 SOW.',
    ].join('\n'),
  );
}

/** Claim 1005170: the customer's thanks forwarded by the partner: not an acceptable acknowledgement. */
export function wideWorldForwardedEml() {
  return eml(
    {
      From: 'Erik Nilsson <erik.nilsson@adatum.com>',
      To: 'Partner Incentives Desk <incentives@adatum.com>',
      Subject: 'FW: Conditional Access go-live',
      Date: 'Wed, 16 Sep 2026 09:41:30 +0200',
      'Message-ID': '<AM9PR08MB6001F00D1234@AM9PR08MB6001.eurprd08.prod.outlook.com>',
    },
    [
      'For the claim file.',
      '',
      'Erik',
      '',
      '---------- Forwarded message ---------',
      'From: Hannah Lindqvist <hannah.lindqvist@wideworldimporters.com>',
      'Date: Tue, 15 Sep 2026 at 17:05',
      'Subject: Conditional Access go-live',
      'To: Erik Nilsson <erik.nilsson@adatum.com>',
      '',
      'Erik, thanks to you and the team, the go-live went smoothly yesterday.',
      'Hannah',
    ].join('\n'),
  );
}
