/**
 * What email delivery needs from the configuration (config.ts): the SMTP server (none: invitations
 * are made and shown with "email not configured"), the sender, and how failed sends are retried.
 * Provided once by AppModule.with.
 */
export class DeliverySettings {
  constructor(
    readonly smtpUrl: string | undefined = undefined,
    readonly mailFrom = 'SecureBase <no-reply@localhost>',
    /** Retries after the first failed send; then the last error stays as `deliveryError`. */
    readonly retryLimit = 5,
    /** The first retry's delay; each further one doubles it (pg-boss retryBackoff). */
    readonly retryDelaySeconds = 60,
    /** The longest one SMTP conversation may take before it counts as failed. */
    readonly sendTimeoutSeconds = 30,
  ) {}

  /**
   * How long a claimed send holds the invitation: longer than a send may take, so a live send is never
   * overlapped, and shorter than the job's expiry, so the retry of a killed server's job can claim it.
   */
  get claimLeaseMs(): number {
    return 2 * this.sendTimeoutSeconds * 1000;
  }

  /** pg-boss expires (and retries) an active job after this long: the job of a killed server comes back. */
  get jobExpirySeconds(): number {
    return 3 * this.sendTimeoutSeconds;
  }
}
