import type { ReactNode } from 'react';
import type { CampusProfile } from '@passerelles/domain';
import { useI18n } from '../i18n/use-i18n';
import { MAIN_ID, SkipLink } from '../ui';
import { Notice } from './Notice';
import { SiteFooter } from './SiteFooter';
import { SiteHeader, type HeaderAccount } from './SiteHeader';

/**
 * Every page's frame. `profile` is null only when the campus itself could not be read (root error
 * page): the shell then still renders, with the platform's name in place of the campus's.
 */
export function SiteShell({ profile, account = null, children }: { profile: CampusProfile | null; account?: HeaderAccount | null; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <>
      <SkipLink label={t.shell.skipLink} />
      <SiteHeader profile={profile} account={account} />
      {/* tabIndex -1: the skip link's target must take focus so that the next Tab continues from it. */}
      <main id={MAIN_ID} tabIndex={-1}>
        <Notice />
        {children}
      </main>
      <SiteFooter profile={profile} />
    </>
  );
}
