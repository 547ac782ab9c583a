import { Link } from 'react-router';
import type { CampusProfile } from '@passerelles/domain';
import { useI18n } from '../i18n/use-i18n';
import { VisuallyHidden } from '../ui';
import { BrandMark } from './BrandMark';
import { LanguageSwitcher } from './LanguageSwitcher';
import { MainNav, MobileNav } from './MainNav';

/** The campus comes from its profile (data): another CMQ gets its own name without a code change. */
export function SiteHeader({ profile }: { profile: Pick<CampusProfile, 'shortName'> | null }) {
  const { t, href } = useI18n();
  return (
    <header className="site-header">
      {/* A slim strip for tools every page offers (the language now; signing in later). */}
      <div className="site-header__utility">
        <div className="container site-header__utility-inner">
          <LanguageSwitcher />
        </div>
      </div>
      <div className="container site-header__bar">
        <Link to={href('home')} className="brand">
          <BrandMark />
          <span className="brand__text">
            {/* Campus names are French proper names: spoken as French on the English pages too. */}
            <span className="brand__name" lang="fr">
              {profile?.shortName ?? t.meta.siteName}
            </span>
            <span className="brand__platform">{t.shell.platform}</span>
            <VisuallyHidden>{t.shell.homeSuffix}</VisuallyHidden>
          </span>
        </Link>
        <MobileNav />
      </div>
      <MainNav />
    </header>
  );
}
