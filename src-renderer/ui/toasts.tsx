import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';

interface Toast {
  readonly id: number;
  readonly text: string;
  readonly isError: boolean;
}

type Show = (text: string, isError?: boolean) => void;

const ShowContext = createContext<Show>(() => undefined);
const ListContext = createContext<readonly Toast[]>([]);
const ClearContext = createContext<() => void>(() => undefined);

const SHOWN_MS = 6000;
let nextId = 0;

/**
 * Short confirmations and failures. The provider keeps them; `ToastRegion` shows them where the
 * layout leaves room (the status bar), so they never cover a control.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<readonly Toast[]>([]);
  const show = useCallback<Show>((text, isError = false) => {
    const id = ++nextId;
    setToasts((list) => [...list.slice(-2), { id, text, isError }]);
    setTimeout(() => setToasts((list) => list.filter((t) => t.id !== id)), SHOWN_MS);
  }, []);
  const clear = useCallback(() => setToasts([]), []);
  const value = useMemo(() => show, [show]);
  return (
    <ShowContext.Provider value={value}>
      <ClearContext.Provider value={clear}>
        <ListContext.Provider value={toasts}>{children}</ListContext.Provider>
      </ClearContext.Provider>
    </ShowContext.Provider>
  );
}

export function useToast(): Show {
  return useContext(ShowContext);
}

/**
 * The status bar at the foot of the window: a live region (role status, polite) that exists
 * before any message arrives, so screen readers announce each one. Messages are said in the
 * language of the moment they were shown; when the agent switches language they are dropped, so a
 * screen never mixes two languages.
 */
export function ToastRegion({ label, language }: { label: string; language: string }) {
  const toasts = useContext(ListContext);
  const clear = useContext(ClearContext);
  const shownIn = useRef(language);
  useEffect(() => {
    if (shownIn.current === language) return;
    shownIn.current = language;
    clear();
  }, [language, clear]);
  return (
    <footer className="status-bar">
      <div role="status" aria-live="polite" aria-label={label} className="toasts">
        {toasts.map((t) => (
          <p key={t.id} className={t.isError ? 'toast toast-error' : 'toast'}>
            {t.text}
          </p>
        ))}
      </div>
    </footer>
  );
}
