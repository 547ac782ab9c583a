import { useI18n } from '../i18n/use-i18n';

/** The discreet mark on fictional records of the demo campus (never passed off as real data). */
export function DemoBadge() {
  const { t } = useI18n();
  return <span className="badge demo-badge">{t.demoBadge}</span>;
}
