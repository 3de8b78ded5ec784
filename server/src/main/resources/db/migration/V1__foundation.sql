-- Spotguard foundation schema. Runs unchanged on MariaDB and on H2 (MODE=MariaDB).
-- Every tenant table carries org_id; times are UTC DATETIME(6).

CREATE TABLE organization (
    id          CHAR(36)     NOT NULL PRIMARY KEY,
    slug        VARCHAR(64)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    CONSTRAINT uq_organization_slug UNIQUE (slug)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE spot (
    id          CHAR(36)     NOT NULL PRIMARY KEY,
    org_id      CHAR(36)     NOT NULL,
    name        VARCHAR(100) NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    CONSTRAINT fk_spot_org FOREIGN KEY (org_id) REFERENCES organization (id),
    CONSTRAINT uq_spot_name UNIQUE (org_id, name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE user_account (
    id                   CHAR(36)     NOT NULL PRIMARY KEY,
    org_id               CHAR(36)     NOT NULL,
    email                VARCHAR(254) NOT NULL,
    display_name         VARCHAR(200) NOT NULL,
    -- bcrypt in modular crypt format ($2a$<cost>$...): the algorithm and its cost travel with the hash.
    password_hash        VARCHAR(100),
    status               VARCHAR(16)  NOT NULL,
    must_change_password BOOLEAN      NOT NULL,
    password_changed_at  DATETIME(6),
    created_at           DATETIME(6)  NOT NULL,
    updated_at           DATETIME(6)  NOT NULL,
    CONSTRAINT fk_user_org FOREIGN KEY (org_id) REFERENCES organization (id),
    CONSTRAINT uq_user_email UNIQUE (org_id, email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_user_email ON user_account (email);

CREATE TABLE role (
    id          CHAR(36)    NOT NULL PRIMARY KEY,
    org_id      CHAR(36)    NOT NULL,
    name        VARCHAR(64) NOT NULL,
    built_in    BOOLEAN     NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    CONSTRAINT fk_role_org FOREIGN KEY (org_id) REFERENCES organization (id),
    CONSTRAINT uq_role_name UNIQUE (org_id, name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The ACL: which permission each role carries.
CREATE TABLE role_permission (
    role_id     CHAR(36)    NOT NULL,
    permission  VARCHAR(64) NOT NULL,
    PRIMARY KEY (role_id, permission),
    CONSTRAINT fk_role_permission_role FOREIGN KEY (role_id) REFERENCES role (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- A grant: user holds role over the whole organization (spot_id NULL, scope_key '') or over one spot
-- (scope_key = spot_id). scope_key exists because a UNIQUE key treats NULLs as distinct.
CREATE TABLE role_mapping (
    id          CHAR(36)    NOT NULL PRIMARY KEY,
    org_id      CHAR(36)    NOT NULL,
    user_id     CHAR(36)    NOT NULL,
    role_id     CHAR(36)    NOT NULL,
    spot_id     CHAR(36),
    scope_key   VARCHAR(36) NOT NULL,
    granted_at  DATETIME(6) NOT NULL,
    granted_by  CHAR(36),
    CONSTRAINT fk_mapping_org FOREIGN KEY (org_id) REFERENCES organization (id),
    CONSTRAINT fk_mapping_user FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE,
    CONSTRAINT fk_mapping_role FOREIGN KEY (role_id) REFERENCES role (id),
    CONSTRAINT fk_mapping_spot FOREIGN KEY (spot_id) REFERENCES spot (id) ON DELETE CASCADE,
    CONSTRAINT uq_mapping UNIQUE (user_id, role_id, scope_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_mapping_org_scope ON role_mapping (org_id, scope_key);

CREATE TABLE device (
    id                CHAR(36)     NOT NULL PRIMARY KEY,
    org_id            CHAR(36)     NOT NULL,
    user_id           CHAR(36)     NOT NULL,
    client_device_id  VARCHAR(128) NOT NULL,
    name              VARCHAR(100) NOT NULL,
    platform          VARCHAR(16)  NOT NULL,
    status            VARCHAR(16)  NOT NULL,
    wipe_state        VARCHAR(16)  NOT NULL,
    first_seen_at     DATETIME(6)  NOT NULL,
    last_seen_at      DATETIME(6)  NOT NULL,
    CONSTRAINT fk_device_org FOREIGN KEY (org_id) REFERENCES organization (id),
    CONSTRAINT fk_device_user FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE,
    CONSTRAINT uq_device UNIQUE (user_id, client_device_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE user_session (
    id              CHAR(36)     NOT NULL PRIMARY KEY,
    org_id          CHAR(36)     NOT NULL,
    user_id         CHAR(36)     NOT NULL,
    device_id       VARCHAR(128) NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    last_used_at    DATETIME(6)  NOT NULL,
    expires_at      DATETIME(6)  NOT NULL,
    revoked_at      DATETIME(6),
    revoked_reason  VARCHAR(32),
    CONSTRAINT fk_session_org FOREIGN KEY (org_id) REFERENCES organization (id),
    CONSTRAINT fk_session_user FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_session_user ON user_session (user_id, revoked_at);

-- Refresh tokens are stored only as SHA-256 hashes. A row with rotated_at set was already exchanged:
-- presenting it again means it leaked, and the session is revoked.
CREATE TABLE refresh_token (
    token_hash  CHAR(64)    NOT NULL PRIMARY KEY,
    session_id  CHAR(36)    NOT NULL,
    issued_at   DATETIME(6) NOT NULL,
    rotated_at  DATETIME(6),
    CONSTRAINT fk_refresh_session FOREIGN KEY (session_id) REFERENCES user_session (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_refresh_session ON refresh_token (session_id);

-- org_id is NULL only for events that belong to no organization (a sign-in with an unknown email).
CREATE TABLE audit_event (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    org_id        CHAR(36),
    at            DATETIME(6)   NOT NULL,
    actor_id      CHAR(36),
    actor_label   VARCHAR(254),
    action        VARCHAR(64)   NOT NULL,
    target_type   VARCHAR(32),
    target_id     VARCHAR(64),
    target_label  VARCHAR(254),
    outcome       VARCHAR(16)   NOT NULL,
    ip            VARCHAR(45),
    device_id     VARCHAR(128),
    details       VARCHAR(4000)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_audit_org ON audit_event (org_id, id);
CREATE INDEX ix_audit_org_at ON audit_event (org_id, at);
CREATE INDEX ix_audit_org_action ON audit_event (org_id, action, id);
CREATE INDEX ix_audit_org_actor ON audit_event (org_id, actor_id, id);
CREATE INDEX ix_audit_org_target ON audit_event (org_id, target_id, id);
