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
