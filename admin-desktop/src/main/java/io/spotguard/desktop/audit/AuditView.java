package io.spotguard.desktop.audit;

import io.spotguard.desktop.ui.Forms;
import io.spotguard.desktop.ui.Tables;
import io.spotguard.model.audit.AuditAction;
import io.spotguard.model.audit.AuditEvent;
import io.spotguard.model.audit.AuditOutcome;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The audit log: a filter bar and a table that pages in older events as the admin scrolls down. */
public final class AuditView {
    private final AuditViewModel model;

    public AuditView(AuditViewModel model) {
        this.model = model;
    }

    public Node node() {
        TableView<AuditEvent> table = new TableView<>(model.events());
        table.setId("auditTable");
        // Sized for the default window: actors and targets are emails, which need the room.
        table.getColumns().add(Tables.column("When", 175, event -> Tables.when(event.at())));
        table.getColumns().add(Tables.column("Who", 225, e -> e.actorLabel() != null ? e.actorLabel() : e.actorId()));
        table.getColumns().add(Tables.column("Action", 145, AuditViewModel::describeAction));
        table.getColumns().add(Tables.column("Target", 250, AuditView::target));
        table.getColumns().add(Tables.column("Outcome", 80, e -> e.outcome() == null ? "" : e.outcome().name()));
        table.getColumns().add(Tables.column("IP address", 100, AuditEvent::ip));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No events match the filter."));
        Tables.loadMoreNearEnd(table, model::loadMore);
        VBox.setVgrow(table, Priority.ALWAYS);

        VBox pane = new VBox(10, Forms.title("Audit log"), filterBar(), table);
        pane.getStyleClass().add("pane");
        return pane;
    }

    private Node filterBar() {
        DatePicker from = new DatePicker();
        from.setId("auditFrom");
        from.valueProperty().bindBidirectional(model.fromDayProperty());
        DatePicker to = new DatePicker();
        to.setId("auditTo");
        to.valueProperty().bindBidirectional(model.toDayProperty());
        TextField actor = new TextField();
        actor.setId("auditActor");
        actor.setPromptText("User id");
        actor.textProperty().bindBidirectional(model.actorIdProperty());
        ComboBox<AuditAction> action = new ComboBox<>(FXCollections.observableArrayList(AuditViewModel.actionChoices()));
        action.setId("auditAction");
        action.setPromptText("Any action");
        // Few enough to show at once, which spares the admin scrolling a tiny pop-up.
        action.setVisibleRowCount(action.getItems().size());
        action.setConverter(Forms.converter(AuditAction::wireName));
        action.valueProperty().bindBidirectional(model.actionProperty());
        TextField target = new TextField();
        target.setId("auditTarget");
        target.setPromptText("Target id");
        target.textProperty().bindBidirectional(model.targetIdProperty());
        ComboBox<AuditOutcome> outcome = new ComboBox<>(FXCollections.observableArrayList(AuditOutcome.values()));
        outcome.setId("auditOutcome");
        outcome.setPromptText("Any outcome");
        outcome.valueProperty().bindBidirectional(model.outcomeProperty());

        Button apply = Forms.button("auditApply", "Apply", "primary", model::apply);
        apply.disableProperty().bind(model.filterValidProperty().not());
        Button clear = Forms.button("auditClear", "Clear", null, model::clearFilter);
        FlowPane bar = new FlowPane(10, 10, Forms.field("From", from), Forms.field("To", to),
                Forms.field("Actor", actor), Forms.field("Action", action), Forms.field("Target", target),
                Forms.field("Outcome", outcome), new VBox(4, new Label(" "), new javafx.scene.layout.HBox(8, apply, clear,
                Forms.spinner(model.loadingProperty()))));
        bar.getStyleClass().add("filter-bar");
        return bar;
    }

    private static String target(AuditEvent event) {
        String label = Tables.nullToEmpty(event.targetLabel() != null ? event.targetLabel() : event.targetId());
        return event.targetType() == null ? label : event.targetType() + ": " + label;
    }
}
