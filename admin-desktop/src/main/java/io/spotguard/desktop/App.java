package io.spotguard.desktop;

import io.spotguard.desktop.api.DeviceIdentity;
import io.spotguard.desktop.api.PinnedCertificates;
import io.spotguard.desktop.api.ServerTrust;
import io.spotguard.desktop.connect.ConnectView;
import io.spotguard.desktop.connect.ConnectViewModel;
import io.spotguard.desktop.main.MainView;
import io.spotguard.desktop.main.MainViewModel;
import io.spotguard.desktop.password.ChangePasswordView;
import io.spotguard.desktop.password.ChangePasswordViewModel;
import io.spotguard.desktop.session.Navigation;
import io.spotguard.desktop.session.ScreenContext;
import io.spotguard.desktop.session.Session;
import io.spotguard.desktop.signin.SignInView;
import io.spotguard.desktop.signin.SignInViewModel;
import io.spotguard.desktop.ui.FxNotifier;
import io.spotguard.desktop.ui.FxScheduler;
import io.spotguard.desktop.ui.FxTaskRunner;
import io.spotguard.desktop.ui.IncidentHandler;
import io.spotguard.desktop.ui.Screen;
import io.spotguard.model.auth.LoginStep;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * Start-up, the window, and the way from connecting through signing in to the main window. The main window's
 * sections build their own screens ({@link io.spotguard.desktop.main.Section}).
 */
public final class App extends Application implements Navigation {
    private FxTaskRunner runner;
    private FxNotifier notifier;
    private Session session;
    private StartOptions options;
    private SignInSteps signInSteps;
    private final StackPane window = new StackPane();
    private Screen shown;

    @Override
    public void start(Stage stage) {
        show(stage, StartOptions.parse(getParameters().getRaw()));
    }

    /** Builds the console into {@code stage}; tests call this with their own options. */
    public void show(Stage stage, StartOptions startOptions) {
        this.options = startOptions;
        this.notifier = new FxNotifier(window);
        this.runner = new FxTaskRunner(notifier::failure);
        this.session = new Session(new ServerTrust(new PinnedCertificates(options.home())),
                () -> DeviceIdentity.load(options.home()));
        this.signInSteps = new SignInSteps(Map.of(
                LoginStep.AUTHENTICATED, this::showMain,
                LoginStep.CHANGE_PASSWORD, this::showChangePassword), notifier);
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
        show(Screen.of(new ConnectView(model, runner.busyProperty()).node()));
    }

    @Override
    public void showSignIn() {
        // The failed call itself tells the user why; here the console only goes back to signing in.
        session.api().onSessionEnded(() -> Platform.runLater(this::showSignIn));
        SignInViewModel model = new SignInViewModel(session, runner, notifier, this);
        show(Screen.of(new SignInView(model, runner.busyProperty()).node()));
    }

    @Override
    public void showSignInStep(LoginStep step) {
        signInSteps.show(step);
    }

    private void showChangePassword() {
        ChangePasswordViewModel model = new ChangePasswordViewModel(session, runner, notifier, this);
        show(Screen.of(new ChangePasswordView(model, runner.busyProperty()).node()));
    }

    /** The main window, with screens built for this signed-in session only. */
    private void showMain() {
        MainViewModel model = new MainViewModel(session, runner, this);
        ScreenContext context = new ScreenContext(session.api(), session.orgId(), model.rights(), runner, notifier,
                new FxScheduler(), ZoneId.systemDefault());
        show(new MainView(model, context, runner.busyProperty()));
    }

    private void show(Screen next) {
        if (shown != null) {
            shown.deactivate();
        }
        // Reaching the next screen means what failed before is behind the user: a "Cannot reach the server" left
        // over from a first attempt read as false once signed in. A session that ended still says so, because its
        // failure is delivered after the switch to signing in.
        notifier.pane().hide();
        window.getChildren().setAll(next.node());
        shown = next;
        next.activate();
    }

    private String currentServerOr(String fallback) {
        try {
            return session.api().server().toString();
        } catch (IllegalStateException notConnectedYet) {
            return fallback;
        }
    }
}
