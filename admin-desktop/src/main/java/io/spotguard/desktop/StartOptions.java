package io.spotguard.desktop;

import java.nio.file.Path;
import java.util.List;

/** What the command line asked for: {@code --server https://host:port} pre-fills the server address. */
public record StartOptions(String serverAddress, Path home) {

    public static StartOptions parse(List<String> args) {
        String server = "";
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--server") && i + 1 < args.size()) {
                server = args.get(++i);
            } else if (arg.startsWith("--server=")) {
                server = arg.substring("--server=".length());
            }
        }
        return new StartOptions(server, ConsoleHome.directory());
    }
}
