package dev.reportflow.consumers.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class HashChainTest {

    private static final byte[] PREVIOUS = HexFormat.of().parseHex(HashChain.GENESIS);

    @Test
    void everyFieldOfARecordChangesItsLink() {
        String base = hex(HashChain.link(PREVIOUS, 0, 5, 1000, b("k"), b("v")));

        assertThat(List.of(
                hex(HashChain.link(HashChain.link(PREVIOUS, 0, 0, 0, null, null), 0, 5, 1000, b("k"), b("v"))),
                hex(HashChain.link(PREVIOUS, 1, 5, 1000, b("k"), b("v"))),
                hex(HashChain.link(PREVIOUS, 0, 6, 1000, b("k"), b("v"))),
                hex(HashChain.link(PREVIOUS, 0, 5, 1001, b("k"), b("v"))),
                hex(HashChain.link(PREVIOUS, 0, 5, 1000, b("K"), b("v"))),
                hex(HashChain.link(PREVIOUS, 0, 5, 1000, b("k"), b("V")))))
                .doesNotContain(base).doesNotHaveDuplicates();
        assertThat(hex(HashChain.link(PREVIOUS, 0, 5, 1000, b("k"), b("v")))).isEqualTo(base);
    }

    @Test
    void keyAndValueBoundariesAndNullsCannotBeShifted() {
        assertThat(hex(HashChain.link(PREVIOUS, 0, 0, 0, b("ab"), b("c"))))
                .isNotEqualTo(hex(HashChain.link(PREVIOUS, 0, 0, 0, b("a"), b("bc"))));
        assertThat(hex(HashChain.link(PREVIOUS, 0, 0, 0, null, b("v"))))
                .isNotEqualTo(hex(HashChain.link(PREVIOUS, 0, 0, 0, b(""), b("v"))));
    }

    private static byte[] b(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
