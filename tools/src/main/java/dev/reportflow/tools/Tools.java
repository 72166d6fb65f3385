package dev.reportflow.tools;

import dev.reportflow.app.ToolCommands;
import dev.reportflow.bench.BenchCommand;
import dev.reportflow.tools.demo.DemoCommand;
import java.util.LinkedHashMap;
import java.util.Map;

/** The tools add-on's subcommands, which the launcher finds through META-INF/services. */
public final class Tools implements ToolCommands {

    @Override
    public Map<String, Object> commands() {
        Map<String, Object> commands = new LinkedHashMap<>();
        commands.put("demo", new DemoCommand());
        commands.put("broker", new BrokerCommand());
        commands.put("bench", new BenchCommand());
        return commands;
    }
}
