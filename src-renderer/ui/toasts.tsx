import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

interface Toast {
  readonly id: number;
  readonly text: string;
  readonly isError: boolean;
}

const ToastContext = createContext<(text: string, isError?: boolean) => void>(() => undefined);

/** Short confirmations and failures, announced to screen readers through a status region. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<readonly Toast[]>([]);
  const show = useCallback((text: string, isError = false) => {
    const id = Math.random();
    setToasts((list) => [...list.slice(-3), { id, text, isError }]);
    setTimeout(() => setToasts((list) => list.filter((t) => t.id !== id)), 6000);
  }, []);
  const value = useMemo(() => show, [show]);
  return (
    <ToastContext.Provider value={value}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {toasts.map((t) => (
          <p key={t.id} className={t.isError ? 'toast toast-error' : 'toast'}>
            {t.text}
          </p>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

export function useToast(): (text: string, isError?: boolean) => void {
  return useContext(ToastContext);
}
