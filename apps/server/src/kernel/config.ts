/** The settings every module may read; app/config.ts reads them from the environment. */
export type Config = {
  host: string;
  port: number;
  databaseUrl: string | undefined;
  dataDir: string;
  uploadDir: string;
  pgPort: number;
  session: { idleMs: number; absoluteMs: number; cookieSecure: boolean };
  login: {
    /** Wrong passwords in a row that lock an account for `lockMs`. */
    maxFailures: number;
    lockMs: number;
    /** Login attempts one address may make in a minute. */
    ratePerMinute: number;
    /** Wrong passwords one address may send (over all accounts) within `lockMs` before it is refused outright. */
    addressMaxFailures: number;
    /** Registrations one address may make in an hour. */
    registerPerHour: number;
  };
  /** How long an administrator's one-time password-reset link works. */
  passwordResetMs: number;
  /** When set, the login and registration limits are counted in this Redis, shared by every instance. */
  redisUrl: string | undefined;
  /** Prefix of the limit counters' keys in Redis (one platform may share a Redis with others). */
  limiterPrefix: string;
  allowedOrigins: string[];
  /**
   * The proxies whose `X-Forwarded-For` is believed (addresses or CIDR ranges; `loopback` for one on this host);
   * empty: the client address is the connection's own.
   */
  trustProxy: string[];
  bodyLimit: number;
  uploadLimit: number;
  logLevel: string;
  webDist: string;
  seedDemo: boolean;
  /** Notifications are also emailed when set (smtp://user:pass@host:587). */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** The address people reach the platform at, for links in emails. */
  publicUrl: string;
  /** Voucher holds of orders not completed after this many days go back to the vouchers. */
  voucherHoldMaxDays: number;
  /** Run the scheduled jobs (pg-boss) in this instance. */
  jobs: boolean;
  /** This platform's code in its partner regions' registries (通用通兑). */
  regionCode: string;
};
