import { ADMIN_ROLES, ORG_ROLES, type Role } from '@cz/shared/common/enums';
import type { LoginBody, Me, RegisterBody } from '@cz/shared/identity';
import { useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { authApi, fetchMe, meKey, useMeQuery } from '../areas/identity/auth.api';
import { isLocale, type Locale } from './i18n';
import { useLocale } from './i18n/LocaleProvider';

type AuthValue = {
  me: Me | null;
  loading: boolean;
  login: (body: LoginBody) => Promise<Me | null>;
  register: (body: RegisterBody) => Promise<Me>;
  logout: () => Promise<void>;
  /** The session was ended by the user (not expired): guards then send to /login without a way back. */
  loggedOut: boolean;
  /** Switches the language; a logged-in user's choice is saved on the server. */
  switchLocale: (locale: Locale) => void;
};

const AuthContext = createContext<AuthValue | null>(null);

// A language picked while logged out (on the login page, say) is sent with the next login and becomes the user's.
const CHOSEN_KEY = 'cz.locale.chosen';
function chosenLocale(): Locale | undefined {
  try {
    const v = localStorage.getItem(CHOSEN_KEY);
    return isLocale(v) ? v : undefined;
  } catch {
    return undefined;
  }
}
function rememberChosen(locale: Locale | null) {
  try {
    if (locale) localStorage.setItem(CHOSEN_KEY, locale);
    else localStorage.removeItem(CHOSEN_KEY);
  } catch {
    // private mode: the choice lasts for this page only
  }
}

export const isAdminRole = (role: Role | undefined) => !!role && (ADMIN_ROLES as readonly Role[]).includes(role);
export const isOrgRole = (role: Role | undefined) => !!role && (ORG_ROLES as readonly Role[]).includes(role);

/** Where a user lands after logging in. */
/** Where a user lands after login: the workbench, which shows each role what waits for it. */
export function homeFor(me: Me | null): string {
  return me ? '/workbench' : '/';
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const qc = useQueryClient();
  const meQuery = useMeQuery();
  const me = meQuery.data ?? null;
  const { locale, applyLocale } = useLocale();
  const localeFor = useRef<number | null>(null);
  const [loggedOut, setLoggedOut] = useState(false);

  // The language saved for a user applies once when that user's session is first seen (page load, login).
  useEffect(() => {
    if (!me) {
      localeFor.current = null;
      return;
    }
    if (localeFor.current === me.id) return;
    localeFor.current = me.id;
    if (isLocale(me.locale) && me.locale !== locale) applyLocale(me.locale);
  }, [me, locale, applyLocale]);

  const login = useCallback(
    async (body: LoginBody) => {
      const chosen = chosenLocale();
      const result = await authApi.login(chosen ? { ...body, locale: chosen } : body);
      rememberChosen(null);
      setLoggedOut(false);
      if (isLocale(result.locale)) applyLocale(result.locale);
      qc.removeQueries({ predicate: (q) => q.queryKey[0] !== meKey[0] });
      const next = await fetchMe();
      localeFor.current = next?.id ?? null;
      qc.setQueryData(meKey, next);
      return next;
    },
    [qc, applyLocale],
  );

  const register = useCallback(
    async (body: RegisterBody) => {
      const created = await authApi.register(body);
      setLoggedOut(false);
      // A new account keeps the language it was registered in.
      localeFor.current = created.id;
      if (created.locale !== locale) authApi.saveLocale(locale).catch(() => undefined);
      qc.removeQueries({ predicate: (q) => q.queryKey[0] !== meKey[0] });
      qc.setQueryData(meKey, { ...created, locale });
      return created;
    },
    [qc, locale],
  );

  const logout = useCallback(async () => {
    await authApi.logout().catch(() => undefined);
    setLoggedOut(true);
    // Forget the user first, then what was loaded for them; clearing the cache under live observers would leave
    // them holding the old user.
    localeFor.current = null;
    qc.setQueryData(meKey, null);
    qc.removeQueries({ predicate: (q) => q.queryKey[0] !== meKey[0] });
  }, [qc]);

  const switchLocale = useCallback(
    (next: Locale) => {
      applyLocale(next);
      if (!me) rememberChosen(next);
      if (me) {
        qc.setQueryData(meKey, { ...me, locale: next });
        authApi.saveLocale(next).catch(() => undefined);
      }
    },
    [applyLocale, me, qc],
  );

  const value = useMemo(
    () => ({ me, loading: meQuery.isPending, login, register, logout, loggedOut, switchLocale }),
    [me, meQuery.isPending, login, register, logout, loggedOut, switchLocale],
  );
  return <AuthContext value={value}>{children}</AuthContext>;
}

export function useAuth(): AuthValue {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth outside AuthProvider');
  return ctx;
}
