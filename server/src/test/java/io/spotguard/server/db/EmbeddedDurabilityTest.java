package io.spotguard.server.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/** Only a transaction that changed something has a commit to write out; a read never waits for the file. */
class EmbeddedDurabilityTest {
    private final Jdbi h2 = Jdbi.create("jdbc:h2:mem:embedded_durability;MODE=MariaDB;DB_CLOSE_DELAY=-1");

    @Test
    void aTransactionHasChangesOnlyWhenAStatementChangedARow() {
        h2.useHandle(h -> h.execute("CREATE TABLE IF NOT EXISTS item (id INT PRIMARY KEY, name VARCHAR(20))"));

        assertThat(changes(h -> h.createQuery("SELECT COUNT(*) FROM item").mapTo(Integer.class).one())).isFalse();
        assertThat(changes(h -> h.createUpdate("INSERT INTO item VALUES (1, 'one')").execute())).isTrue();
        // H2 records a row lock in the transaction: a locking read costs a flush, it never skips one.
        assertThat(changes(h -> h.createQuery("SELECT name FROM item WHERE id = 1 FOR UPDATE").mapTo(String.class)
                .one())).isTrue();
        assertThat(changes(h -> h.createUpdate("UPDATE item SET name = 'uno' WHERE id = 1").execute())).isTrue();
        assertThat(changes(h -> h.createUpdate("UPDATE item SET name = 'none' WHERE id = 99").execute())).isFalse();
        assertThat(changes(h -> h.prepareBatch("INSERT INTO item VALUES (:id, 'batch')").bind("id", 2).add()
                .execute())).isTrue();
        assertThat(changes(h -> h.createUpdate("DELETE FROM item").execute())).isTrue();
    }

    private boolean changes(Consumer<Handle> work) {
        return h2.inTransaction(h -> {
            work.accept(h);
            return EmbeddedDurability.hasChanges(h);
        });
    }
}
