package io.spotguard.server.users;

import io.spotguard.model.users.User;
import io.spotguard.model.validation.Emails;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** What other features may ask of user accounts (sign-in, grants, the per-request account check). */
public final class Accounts {
    private final UserRepository repository;

    Accounts(UserRepository repository) {
        this.repository = repository;
    }

    /** Accounts with this email, in one organization or (orgId null) in any; the oldest first. */
    public List<Account> byEmail(Handle h, String email, String orgId) {
        return repository.accountsByEmail(h, email, orgId);
    }

    public Optional<Account> byId(Handle h, String userId) {
        return repository.account(h, userId);
    }

    public Optional<User> user(Handle h, String userId) {
        return repository.findById(h, userId);
    }

    public Optional<User> user(Handle h, String orgId, String userId) {
        return repository.find(h, orgId, userId);
    }

    public void upgradeHash(Handle h, String userId, String hash) {
        repository.replaceHash(h, userId, hash);
    }

    public void changePassword(Handle h, String userId, String hash, Instant at) {
        repository.setPassword(h, userId, hash, false, at);
    }

    public Map<String, String> emails(Handle h, String orgId, Collection<String> userIds) {
        return repository.emails(h, orgId, userIds);
    }

    public List<String> activeAmong(Handle h, String orgId, Collection<String> userIds) {
        return repository.activeAmong(h, orgId, userIds);
    }

    public boolean emailTaken(Handle h, String orgId, String email) {
        return repository.emailTaken(h, orgId, Emails.normalize(email), null);
    }

    /** Inserts an account in the caller's transaction (provisioning, bootstrap). */
    public void insert(Handle h, User user, String passwordHash) {
        repository.insert(h, user, passwordHash);
    }
}
