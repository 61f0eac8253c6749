/**
 * An e-mail's Date as a reviewer reads it: day, date and time on the sender's clock, with the
 * offset or zone the message wrote ("Fri, 2 Oct 2026, 09:30 -0700"), instead of the ISO moment
 * the readers keep ("2026-10-02T16:30:00.000Z"). Without a written zone (a .msg keeps UTC times)
 * the time is given in UTC and says so.
 */

/** RFC 5322's named zones (the obsolete ones senders still write), in minutes east of UTC. */
const NAMED_ZONES: Record<string, number> = {
  UT: 0,
  UTC: 0,
  GMT: 0,
  Z: 0,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
};

const FORMAT = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
  timeZone: 'UTC',
});

/** The zone at the end of a written Date ("-0700", "+05:30", "GMT", "-0700 (PDT)"): its text and offset. */
export function writtenZone(written: string): { text: string; minutes: number } | null {
  const m = /(?:^|[\s\d])([+-])(\d{2}):?(\d{2})(\s*\([^()]{1,40}\))?\s*$/.exec(written);
  if (m) {
    const minutes = (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
    if (Math.abs(minutes) > 14 * 60) return null;
    return { text: `${m[1]}${m[2]}${m[3]}${m[4] ?? ''}`.trim(), minutes };
  }
  const named = /\s([A-Za-z]{1,3})(\s*\([^()]{1,40}\))?\s*$/.exec(written);
  const minutes = named ? NAMED_ZONES[named[1]!.toUpperCase()] : undefined;
  if (!named || minutes === undefined) return null;
  return { text: `${named[1]!.toUpperCase()}${named[2] ?? ''}`.trim(), minutes };
}

export interface MailDate {
  /** What the view shows. */
  text: string;
  /** On hover: the header as written and the moment the engine read. */
  title: string;
}

/** `iso`: the moment the readers read; `written`: the Date header's own text, when kept. */
export function formatMailDate(iso: string, written: string | undefined): MailDate {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return { text: iso, title: iso };
  const zone = written ? writtenZone(written) : null;
  const shown = FORMAT.format(new Date(at + (zone?.minutes ?? 0) * 60_000));
  return {
    text: `${shown} ${zone ? zone.text : 'UTC'}`,
    title: written ? `As written: ${written}\nRead as: ${iso}` : `Read as: ${iso}`,
  };
}
