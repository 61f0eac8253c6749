import type { ClaimClock } from '@shared/clocks/claim-clocks';
import { formatDate } from '@renderer/app/clock';

function when(clock: ClaimClock): string {
  if (clock.state === 'due-today') return 'due today';
  if (clock.state === 'overdue') return `overdue ${-clock.daysLeft} d`;
  return `${clock.daysLeft} d left`;
}

/** A deadline: its date and days left, highlighted when due today or overdue. */
export function ClockBadge({ clock, compact = false }: { clock: ClaimClock; compact?: boolean | 'short' }) {
  const text = `${formatDate(clock.due)} · ${when(clock)}`;
  // The list's column shows day and month and a shorter "late"; the year and the rule are in the title.
  const listText = `${formatDate(clock.due).replace(/ \d{4}$/, '')} · ${clock.state === 'overdue' ? `${-clock.daysLeft} d late` : when(clock)}`;
  const short = clock.label.split(' (')[0] ?? clock.label;
  return (
    <span
      className={`clock clock-${clock.state}`}
      title={`${clock.label}: ${formatDate(clock.due)}; then ${clock.afterwards}`}
      data-clock-state={clock.state}
    >
      {compact === 'short' ? `${short}: ${text}` : compact ? listText : `${clock.label}: ${text}, then ${clock.afterwards}`}
    </span>
  );
}
