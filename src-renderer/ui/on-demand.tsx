import { useEffect, useState, type ComponentType } from 'react';
import { useI18n } from '../i18n/i18n';

/** What an on-demand part shows until its module is in: nothing (a closed dialog) or a line saying it loads (a view). */
export type OnDemandPlaceholder = 'none' | 'loading';

/**
 * A component whose module is loaded the first time it is drawn (its chunk came with the page, see
 * preloadLazyChunks), drawn as soon as the module is in. Not React.lazy: a part that suspends is
 * revealed on a timer (React holds a fallback for at least 300 ms), which the tests' paused clock
 * never lets fire; here the module's arrival is a plain state change. If the module cannot be
 * loaded, the part says so in the user's language.
 */
export function onDemand<P extends object>(load: () => Promise<ComponentType<P>>, placeholder: OnDemandPlaceholder): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const start = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = null; // asked again next time it is drawn
        throw error;
      },
    ));
  function OnDemand(props: P) {
    const { t } = useI18n();
    const [component, setComponent] = useState<ComponentType<P> | null>(() => loaded);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (component) return;
      let isCurrent = true;
      start().then(
        (c) => isCurrent && setComponent(() => c),
        () => isCurrent && setFailed(true),
      );
      return () => {
        isCurrent = false;
      };
    }, [component]);
    const Component = component ?? loaded;
    if (Component) return <Component {...props} />;
    if (failed)
      return (
        <p role="alert" className="error">
          {t('app.partFailed')}
        </p>
      );
    return placeholder === 'loading' ? <p className="muted">{t('app.partLoading')}</p> : null;
  }
  return OnDemand;
}
