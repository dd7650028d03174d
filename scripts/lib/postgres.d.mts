export interface PrivatePostgresOptions {
  /** Holds the cluster (pgdata/), its generated password and postgres.log. */
  dataDir: string;
  /** Defaults to a free port. */
  port?: number;
  /** false: tuned for throwaway use (no fsync) and dataDir is removed on stop(). */
  persistent: boolean;
  /** Own process group, so a terminal Ctrl-C reaches only the caller, which then calls stop(). */
  detached?: boolean;
  /** When running as root: create the OS user "postgres" if missing. Defaults to true. */
  createPostgresUser?: boolean;
  /**
   * A postgres still running on this data folder is stopped and started afresh instead of
   * refused: for a caller that holds the folder's lock, whose previous holder was killed hard.
   */
  takeOverLeftover?: boolean;
}

export interface PrivatePostgres {
  /** postgresql://packline:…@127.0.0.1:<port>/packline */
  url: string;
  port: number;
  /** Fast shutdown; idempotent. */
  stop(): Promise<void>;
}

export function startPrivatePostgres(options: PrivatePostgresOptions): Promise<PrivatePostgres>;
export function findFreePort(): Promise<number>;
