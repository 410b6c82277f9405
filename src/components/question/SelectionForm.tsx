/**
 * Choosing what to study: banks, topics, types, difficulty, tags and companies as toggle chips,
 * "only what I got wrong" / "only what is due", and a count. Shows how many questions match.
 */
import { useId, useMemo } from 'react';
import { TYPE_LABEL } from '@/components/question/labels';
import type { BankSummary, CatalogEntry } from '@/content-model/schema';
import { DIFFICULTIES, QUESTION_TYPES } from '@/content-model/vocab';
import { matches, type SelectionContext } from '@/study/engine/select';
import type { Selection } from '@/study/schema';

interface Props {
  catalog: readonly CatalogEntry[];
  banks: readonly Pick<BankSummary, 'id' | 'title'>[];
  value: Selection;
  onChange: (s: Selection) => void;
  context: SelectionContext;
  /** Exams leave out open questions. */
  types?: readonly Selection['types'][number][];
  countLabel?: string;
}

type ListKey = 'banks' | 'topics' | 'types' | 'difficulties' | 'tags' | 'companies';

function Chips({ legend, options, selected, onToggle }: { legend: string; options: readonly { value: string; label: string; count: number }[]; selected: readonly string[]; onToggle: (v: string) => void }) {
  if (options.length === 0) return null;
  return (
    <fieldset className="chip-group">
      <legend>
        {legend} <span className="muted small">{selected.length ? `${selected.length} chosen` : 'any'}</span>
      </legend>
      <div className="chip-row">
        {options.map((o) => (
          <label key={o.value} className={`chip toggle${selected.includes(o.value) ? ' on' : ''}${o.count === 0 ? ' empty' : ''}`}>
            <input type="checkbox" checked={selected.includes(o.value)} onChange={() => onToggle(o.value)} />
            {o.label} <span className="chip-count">{o.count}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function SelectionForm({ catalog, banks, value, onChange, context, types = QUESTION_TYPES, countLabel = 'Questions' }: Props) {
  const countId = useId();
  const pool = useMemo(() => catalog.filter((e) => types.includes(e.type)), [catalog, types]);
  const toggle = (key: ListKey, v: string) => {
    const list = value[key] as string[];
    onChange({ ...value, [key]: list.includes(v) ? list.filter((x) => x !== v) : [...list, v] });
  };
  /** Count per option of one facet, with every other facet applied, so the numbers say what a click would give. */
  const facet = (key: ListKey, of: (e: CatalogEntry) => readonly string[]) => {
    const others = { ...value, [key]: [] };
    const counts = new Map<string, number>();
    for (const e of pool) if (matches(e, others, context)) for (const v of of(e)) counts.set(v, (counts.get(v) ?? 0) + 1);
    return counts;
  };
  const bankCounts = facet('banks', (e) => [e.bank]);
  const topicCounts = facet('topics', (e) => [e.topic]);
  const typeCounts = facet('types', (e) => [e.type]);
  const diffCounts = facet('difficulties', (e) => [e.difficulty]);
  const companyCounts = facet('companies', (e) => e.companies);
  const tagCounts = facet('tags', (e) => e.tags);
  const matching = pool.filter((e) => matches(e, value, context)).length;
  const allTopics = [...new Set(pool.map((e) => e.topic))].sort((a, b) => a.localeCompare(b));
  const allCompanies = [...new Set(pool.flatMap((e) => e.companies))].sort((a, b) => a.localeCompare(b));
  const topTags = [...tagCounts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 24).map(([t]) => t);
  const bankIds = new Set(pool.map((e) => e.bank));
  return (
    <div className="selection-form">
      <Chips
        legend="Banks"
        options={banks.filter((b) => bankIds.has(b.id)).map((b) => ({ value: b.id, label: b.title, count: bankCounts.get(b.id) ?? 0 }))}
        selected={value.banks}
        onToggle={(v) => toggle('banks', v)}
      />
      <Chips legend="Topics" options={allTopics.map((t) => ({ value: t, label: t, count: topicCounts.get(t) ?? 0 }))} selected={value.topics} onToggle={(v) => toggle('topics', v)} />
      <Chips legend="Types" options={types.map((t) => ({ value: t, label: TYPE_LABEL[t], count: typeCounts.get(t) ?? 0 }))} selected={value.types} onToggle={(v) => toggle('types', v)} />
      <Chips legend="Difficulty" options={DIFFICULTIES.map((d) => ({ value: d, label: d, count: diffCounts.get(d) ?? 0 }))} selected={value.difficulties} onToggle={(v) => toggle('difficulties', v)} />
      <Chips legend="Asked at" options={allCompanies.map((c) => ({ value: c, label: c, count: companyCounts.get(c) ?? 0 }))} selected={value.companies} onToggle={(v) => toggle('companies', v)} />
      <Chips legend="Tags" options={topTags.map((t) => ({ value: t, label: `#${t}`, count: tagCounts.get(t) ?? 0 }))} selected={value.tags} onToggle={(v) => toggle('tags', v)} />
      <fieldset className="chip-group">
        <legend>Only</legend>
        <label className="check">
          <input type="checkbox" checked={value.onlyWrong} onChange={(e) => onChange({ ...value, onlyWrong: e.target.checked })} /> what I got wrong last time ({context.wrong.size})
        </label>
        <label className="check">
          <input type="checkbox" checked={value.onlyDue} onChange={(e) => onChange({ ...value, onlyDue: e.target.checked })} /> what is due for review ({context.due.size})
        </label>
      </fieldset>
      <div className="row count-row">
        <label htmlFor={countId}>{countLabel}</label>
        <input
          id={countId}
          type="number"
          min={1}
          max={200}
          value={value.count}
          onChange={(e) => {
            const n = Math.round(Number(e.target.value));
            onChange({ ...value, count: Number.isFinite(n) ? Math.min(200, Math.max(1, n)) : 10 });
          }}
        />
        <p className="muted" role="status" aria-live="polite">
          {matching} match{matching === 1 ? 'es' : ''}
          {matching > 0 && matching < value.count ? ` — the session will have ${matching}` : ''}
        </p>
      </div>
    </div>
  );
}

/** What the builder's place looks like while the catalog loads: the same panel, so nothing jumps. */
export function FormSkeleton({ label }: { label: string }) {
  return (
    <div className="panel form-skeleton" role="status" aria-live="polite">
      <p className="muted">{label}</p>
    </div>
  );
}
