package io.spotguard.server.audit;

/** What an audit event is about. The wire names are what the audit log stores and shows. */
public enum AuditTarget {
    ORGANIZATION("organization"),
    SPOT("spot"),
    USER("user"),
    ROLE("role"),
    SESSION("session");

    private final String wireName;

    AuditTarget(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
