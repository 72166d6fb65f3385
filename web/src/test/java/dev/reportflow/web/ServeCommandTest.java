package dev.reportflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** serve will not listen beyond loopback without a users file. */
class ServeCommandTest {

    @Test
    void refusesEveryInterfaceWithoutUsers() {
        StringWriter err = new StringWriter();

        int exit = new CommandLine(new ServeCommand()).setErr(new PrintWriter(err, true))
                .execute("--bind", "0.0.0.0", "--port", "0", "--bootstrap-servers", "127.0.0.1:1");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--bind 0.0.0.0").contains("users file").contains("reportflow users add");
    }
}
