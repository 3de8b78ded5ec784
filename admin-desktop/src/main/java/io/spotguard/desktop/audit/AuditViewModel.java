package io.spotguard.desktop.audit;

import io.spotguard.desktop.api.AuditApi;
import io.spotguard.desktop.api.AuditFilter;
import io.spotguard.desktop.ui.Notifier;
import io.spotguard.desktop.ui.PagedLoader;
import io.spotguard.desktop.ui.TaskRunner;
import io.spotguard.model.audit.AuditAction;
import io.spotguard.model.audit.AuditEvent;
import io.spotguard.model.audit.AuditOutcome;
import io.spotguard.model.validation.Rules;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/** The audit log, newest first, filtered and paged on the server. Dates are whole days in the admin's zone. */
public final class AuditViewModel {
    public static final int PAGE_SIZE = 100;

    private final AuditApi api;
    private final PagedLoader<AuditEvent> events;
    private final ZoneId zone;
    private final int pageSize;
    private final ObjectProperty<LocalDate> fromDay = new SimpleObjectProperty<>(this, "fromDay");
    private final ObjectProperty<LocalDate> toDay = new SimpleObjectProperty<>(this, "toDay");
    private final StringProperty actorId = new SimpleStringProperty(this, "actorId", "");
    private final ObjectProperty<AuditAction> action = new SimpleObjectProperty<>(this, "action");
    private final StringProperty targetId = new SimpleStringProperty(this, "targetId", "");
    private final ObjectProperty<AuditOutcome> outcome = new SimpleObjectProperty<>(this, "outcome");
    private final BooleanBinding filterValid;

    public AuditViewModel(AuditApi api, TaskRunner runner, Notifier notifier, ZoneId zone, int pageSize) {
        this.api = api;
        this.events = new PagedLoader<>(runner, notifier);
        this.zone = zone;
        this.pageSize = pageSize;
        this.filterValid = Bindings.createBooleanBinding(this::isFilterValid, fromDay, toDay, actorId, targetId);
    }

    public ObservableList<AuditEvent> events() {
        return events.items();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return events.loadingProperty();
    }

    public ObjectProperty<LocalDate> fromDayProperty() {
        return fromDay;
    }

    public ObjectProperty<LocalDate> toDayProperty() {
        return toDay;
    }

    public StringProperty actorIdProperty() {
        return actorId;
    }

    public ObjectProperty<AuditAction> actionProperty() {
        return action;
    }

    public StringProperty targetIdProperty() {
        return targetId;
    }

    public ObjectProperty<AuditOutcome> outcomeProperty() {
        return outcome;
    }

    public BooleanBinding filterValidProperty() {
        return filterValid;
    }

    /** Actions to filter by. UNKNOWN only stands for what a newer server wrote; it names no action to ask for. */
    public static List<AuditAction> actionChoices() {
        return Arrays.stream(AuditAction.values()).filter(a -> a != AuditAction.UNKNOWN).toList();
    }

    /** The action as the table shows it; one this console does not know yet reads "unknown" rather than failing. */
    public static String describeAction(AuditEvent event) {
        return event.action() == null ? "" : event.action().wireName();
    }

    /** Lists from the newest event matching the filter. */
    public void apply() {
        if (!filterValid.get()) {
            return;
        }
        AuditFilter filter = filter();
        events.reset(cursor -> api.events(filter, pageSize, cursor));
    }

    public void clearFilter() {
        fromDay.set(null);
        toDay.set(null);
        actorId.set("");
        action.set(null);
        targetId.set("");
        outcome.set(null);
        apply();
    }

    public void loadMore() {
        events.loadMore();
    }

    AuditFilter filter() {
        return new AuditFilter(startOf(fromDay.get()), startOf(toDay.get() == null ? null : toDay.get().plusDays(1)),
                blankToNull(actorId.get()), action.get(), blankToNull(targetId.get()), outcome.get());
    }

    private boolean isFilterValid() {
        String actor = actorId.get().strip();
        boolean daysInOrder = fromDay.get() == null || toDay.get() == null || !toDay.get().isBefore(fromDay.get());
        return daysInOrder && (actor.isEmpty() || Rules.isUuid(actor));
    }

    private Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(zone).toInstant();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
