package io.spotguard.desktop.users.grants;

import io.spotguard.desktop.ui.Dialogs;
import io.spotguard.desktop.ui.Forms;
import io.spotguard.desktop.ui.Tables;
import io.spotguard.model.rbac.Role;
import io.spotguard.model.rbac.RoleMapping;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The grant editor: the selected user's roles, and granting or revoking one. */
public final class GrantsView {
    private final GrantsViewModel model;

    public GrantsView(GrantsViewModel model) {
        this.model = model;
    }

    public Node node() {
        Label heading = Forms.title("Grants");
        heading.textProperty().bind(Bindings.createStringBinding(() -> model.userProperty().get() == null
                ? "Grants" : "Grants of " + model.userProperty().get().displayName(), model.userProperty()));

        TableView<RoleMapping> table = new TableView<>(model.grants());
        table.setId("grantsTable");
        table.getColumns().add(Tables.column("Role", 105, RoleMapping::roleName));
        table.getColumns().add(Tables.column("Where", 145, GrantsViewModel::describeScope));
        table.getColumns().add(Tables.column("Since", 100, g -> Tables.day(g.grantedAt())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.placeholderProperty().bind(Bindings.createObjectBinding(() -> new Label(
                model.userProperty().get() == null ? "Select a user to see their grants." : "No roles granted."),
                model.userProperty()));
        VBox.setVgrow(table, Priority.ALWAYS);

        Button revoke = Forms.button("revokeGrant", "Revoke…", "danger", () -> {
            RoleMapping grant = table.getSelectionModel().getSelectedItem();
            if (Dialogs.confirm(table, "Revoke role", "Revoke " + grant.roleName() + " ("
                    + GrantsViewModel.describeScope(grant) + ") from " + grant.userEmail() + "?", "Revoke")) {
                model.revoke(grant);
            }
        });
        revoke.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());

        VBox pane = new VBox(10, heading, table);
        pane.getStyleClass().add("pane");
        if (model.mayGrant()) {
            pane.getChildren().addAll(revoke, grantForm());
        }
        return pane;
    }

    private Node grantForm() {
        ComboBox<Role> role = new ComboBox<>(model.roles());
        role.setId("grantRole");
        role.setPromptText("Role");
        role.setConverter(Forms.converter(Role::name));
        role.valueProperty().bindBidirectional(model.roleProperty());
        ComboBox<GrantScope> scope = new ComboBox<>(model.scopes());
        scope.setId("grantScope");
        scope.valueProperty().bindBidirectional(model.scopeProperty());
        Button grant = Forms.button("grantButton", "Grant", "primary", model::grant);
        grant.disableProperty().bind(model.canGrantProperty().not());
        role.setMaxWidth(Double.MAX_VALUE);
        scope.setMaxWidth(Double.MAX_VALUE);
        // One row each: side by side, the narrow grants pane cut "Whole organization" and spot names short.
        VBox form = new VBox(8, Forms.subtitle("Grant a role"), role, scope, grant);
        form.getStyleClass().add("grant-form");
        return form;
    }
}
