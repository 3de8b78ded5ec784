package io.spotguard.model.audit;

/** How an audited attempt ended. */
public enum AuditOutcome {
    SUCCESS, FAILURE, DENIED
}
