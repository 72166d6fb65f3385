package dev.reportflow.producers.submit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** reportflow submit speaks Chinese to offices unless told to speak English. */
class SubmitMessagesTest {

    @Test
    void chineseUnlessTheFlagOrTheLocaleSaysEnglish() {
        assertThat(SubmitMessages.english(null, Map.of())).isFalse();
        assertThat(SubmitMessages.english(null, Map.of("LANG", "C.UTF-8"))).isFalse();
        assertThat(SubmitMessages.english(null, Map.of("LANG", "zh_CN.UTF-8"))).isFalse();
        assertThat(SubmitMessages.english(null, Map.of("LANG", "en_US.UTF-8"))).isTrue();
        assertThat(SubmitMessages.english(null, Map.of("LC_ALL", "zh_CN.UTF-8", "LANG", "en_US.UTF-8"))).as("LC_ALL first").isFalse();
        assertThat(SubmitMessages.english("zh", Map.of("LANG", "en_US.UTF-8"))).as("the flag wins").isFalse();
        assertThat(SubmitMessages.english("en", Map.of())).isTrue();
    }

    @Test
    void bothBundlesHaveTheSameKeys() throws Exception {
        assertThat(keys("SubmitMessages_en.properties")).isEqualTo(keys("SubmitMessages.properties"));
    }

    @Test
    void refusalsAndTheSummaryInChineseOrEnglish(@TempDir Path dir) throws Exception {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path binary = Files.write(dir.resolve("x.bin"), new byte[] {0, 1, 2, 3, 0x50, 0x4b});

        String[] chinese = run("zh", empty, binary);
        String[] english = run("en", empty, binary);

        assertThat(chinese[1]).contains("未报送  " + empty + "  EMPTY：上传的文件是空的", "未报送  " + binary + "  BINARY：");
        assertThat(chinese[0]).contains("共 2 个文件：已报送 0 个，未报送 2 个。");
        assertThat(english[1]).contains("REFUSED  " + empty + "  EMPTY: ");
        assertThat(english[0]).contains("2 file(s): 0 submitted, 2 refused.");
    }

    /** Files the client refuses before sending: no broker is needed (nothing listens on port 9). */
    private static String[] run(String language, Path... files) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new SubmitCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
        String[] args = new String[files.length + 6];
        args[0] = "--office";
        args[1] = "区审计局";
        args[2] = "--bootstrap-servers";
        args[3] = "127.0.0.1:9";
        args[4] = "--lang";
        args[5] = language;
        for (int i = 0; i < files.length; i++) {
            args[6 + i] = files[i].toString();
        }
        assertThat(command.execute(args)).isEqualTo(1);
        return new String[] {out.toString(), err.toString()};
    }

    private static Set<Object> keys(String name) throws Exception {
        Properties properties = new Properties();
        try (var in = SubmitMessages.class.getResourceAsStream(name)) {
            properties.load(in);
        }
        return properties.keySet();
    }
}
