package io.spotguard.desktop;

import io.spotguard.desktop.api.ApiClient;
import io.spotguard.desktop.api.DeviceIdentity;
import io.spotguard.desktop.api.OrganizationApi;
import io.spotguard.desktop.api.PinnedCertificates;
import io.spotguard.desktop.api.ServerTrust;
import io.spotguard.desktop.audit.AuditView;
import io.spotguard.desktop.audit.AuditViewModel;
import io.spotguard.desktop.connect.ConnectView;
import io.spotguard.desktop.connect.ConnectViewModel;
import io.spotguard.desktop.grants.GrantsView;
import io.spotguard.desktop.grants.GrantsViewModel;
import io.spotguard.desktop.main.MainView;
import io.spotguard.desktop.main.MainViewModel;
import io.spotguard.desktop.main.Section;
import io.spotguard.desktop.password.ChangePasswordView;
import io.spotguard.desktop.password.ChangePasswordViewModel;
import io.spotguard.desktop.signin.SignInView;
import io.spotguard.desktop.signin.SignInViewModel;
import io.spotguard.desktop.spots.SpotsView;
import io.spotguard.desktop.spots.SpotsViewModel;
import io.spotguard.desktop.ui.FxNotifier;
import io.spotguard.desktop.ui.FxScheduler;
import io.spotguard.desktop.ui.FxTaskRunner;
import io.spotguard.desktop.ui.IncidentHandler;
import io.spotguard.desktop.users.UsersView;
import io.spotguard.desktop.users.UsersViewModel;
import io.spotguard.model.me.Me;
import io.spotguard.model.rbac.Permission;
import java.time.ZoneId;
import java.util.Objects;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** Start-up, the window, and which screen shows when. */
public final class App extends Application implements Navigation {
    private FxTaskRunner runner;
    private FxNotifier notifier;
    private Session session;
    private StartOptions options;
    private final StackPane screen = new StackPane();

    @Override
    public void start(Stage stage) {
        show(stage, StartOptions.parse(getParameters().getRaw()));
    }

    /** Builds the console into {@code stage}; tests call this with their own options. */
    public void show(Stage stage, StartOptions startOptions) {
        this.options = startOptions;
        this.notifier = new FxNotifier(screen);
        this.runner = new FxTaskRunner(notifier::failure);
        this.session = new Session(new ServerTrust(new PinnedCertificates(options.home())),
                () -> DeviceIdentity.load(options.home()));
        Scene scene = new Scene(notifier.pane(), 1200, 780);
        scene.getStylesheets().add(Objects.requireNonNull(App.class.getResource("console.css")).toExternalForm());
        stage.setTitle("Spotguard Console");
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setScene(scene);
        IncidentHandler.install(stage);
        showConnect();
        stage.show();
    }

    @Override
    public void stop() {
        if (runner != null) {
            runner.close();
        }
    }

    @Override
    public void showConnect() {
        ConnectViewModel model = new ConnectViewModel(session, runner, notifier, this);
        model.serverAddressProperty().set(currentServerOr(options.serverAddress()));
        show(new ConnectView(model, runner.busyProperty()).node());
    }

    @Override
    public void showSignIn() {
        ApiClient api = session.api();
        // The failed call itself tells the user why; here the console only goes back to signing in.
        api.onSessionEnded(() -> Platform.runLater(this::showSignIn));
        show(new SignInView(new SignInViewModel(session, runner, notifier, this), runner.busyProperty()).node());
    }

    @Override
    public void showChangePassword() {
        ChangePasswordViewModel model = new ChangePasswordViewModel(session, runner, notifier, this);
        show(new ChangePasswordView(model, runner.busyProperty()).node());
    }

    @Override
    public void showMain(Me me) {
        MainViewModel model = new MainViewModel(session, runner, this, me);
        show(new MainView(model, section -> screenFor(section, model), runner.busyProperty()).node());
    }

    private Node screenFor(Section section, MainViewModel main) {
        OrganizationApi organization = session.organization();
        Rights rights = main.rights();
        return switch (section) {
            case USERS -> {
                UsersViewModel users = new UsersViewModel(organization, runner, notifier, new FxScheduler(),
                        UsersViewModel.PAGE_SIZE);
                GrantsViewModel grants = new GrantsViewModel(organization, runner, notifier, rights);
                users.selectedProperty().addListener((obs, old, user) -> grants.show(user));
                Node grantEditor = new GrantsView(grants).node();
                // Account changes reach beyond one spot, so they need users.manage over the whole organization.
                yield new UsersView(users, grantEditor, rights.organizationWide(Permission.USERS_MANAGE)).node();
            }
            case SPOTS -> new SpotsView(new SpotsViewModel(organization, runner, notifier, rights)).node();
            case AUDIT -> new AuditView(new AuditViewModel(organization, runner, notifier, ZoneId.systemDefault(),
                    AuditViewModel.PAGE_SIZE)).node();
        };
    }

    private void show(Node content) {
        notifierHideOnScreenChange();
        screen.getChildren().setAll(content);
    }

    private void notifierHideOnScreenChange() {
        // Reaching the next screen means what failed before is behind the user: a "Cannot reach the server" left
        // over from a first attempt read as false once signed in. A session that ended still says so, because its
        // failure is delivered after the switch to signing in.
        notifier.pane().hide();
    }

    private String currentServerOr(String fallback) {
        try {
            return session.api().server().toString();
        } catch (IllegalStateException notConnectedYet) {
            return fallback;
        }
    }
}
