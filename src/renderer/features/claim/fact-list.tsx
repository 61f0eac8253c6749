import type { ReactNode } from 'react';

export interface Fact {
  label: string;
  value: ReactNode;
}

/** A compact definition list; empty values show as a dash so a missing field is visible. */
export function FactList({ facts }: { facts: readonly Fact[] }) {
  return (
    <dl className="facts">
      {facts.map((f) => (
        <div key={f.label} className="fact">
          <dt>{f.label}</dt>
          <dd>{f.value === null || f.value === undefined || f.value === '' ? <span className="muted">—</span> : f.value}</dd>
        </div>
      ))}
    </dl>
  );
}
