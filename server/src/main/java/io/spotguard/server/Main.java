package io.spotguard.server;

import io.helidon.logging.common.LogConfig;
import io.spotguard.server.config.AppConfig;
import io.spotguard.server.config.ConfigException;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/** Starts the server: {@code Main [--demo]}. */
public final class Main {
    private Main() {
    }

    /** The root cause in words an operator can act on (a taken port is the usual one). */
    private static String explain(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof java.net.BindException) {
            return "the port is already in use or not allowed (" + root.getMessage() + "). Stop the other process or "
                    + "set SPOTGUARD_HTTP_PORT to a free port.";
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    public static void main(String[] args) throws InterruptedException {
        LogConfig.configureRuntime();
        List<String> arguments = List.of(args);
        for (String argument : arguments) {
            if (!argument.equals("--demo")) {
                System.err.println("Unknown argument " + argument + ". Usage: spotguard-server [--demo]");
                System.exit(2);
            }
        }
        ServerApp app;
        try {
            AppConfig config = AppConfig.load();
            app = ServerApp.start(config);
            Bootstrap.ensureOwner(app, config.bootstrap(), System.out);
            if (arguments.contains("--demo")) {
                DemoData.seed(app, System.out);
            }
        } catch (ConfigException e) {
            System.err.println("Spotguard cannot start: " + e.getMessage());
            System.exit(1);
            return;
        } catch (RuntimeException e) {
            System.err.println("Spotguard cannot start: " + explain(e));
            java.util.logging.Logger.getLogger(Main.class.getName()).log(java.util.logging.Level.FINE, "start-up failure", e);
            System.exit(1);
            return;
        }
        Bootstrap.printBanner(app, System.out);
        CountDownLatch stopped = new CountDownLatch(1);
        ServerApp running = app;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            running.close();
            stopped.countDown();
        }, "spotguard-shutdown"));
        stopped.await();
    }
}
