package dev.reportflow.web.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The contrast arithmetic against WCAG's own reference points, and the stylesheet's role palette. */
class ContrastTest {

    @Test
    void blackOnWhiteIs21AndGreyIsKnown() {
        assertThat(Contrast.ratio(new int[] {0, 0, 0}, new int[] {255, 255, 255})).isCloseTo(21.0, within(0.01));
        assertThat(Contrast.ratio(new int[] {255, 255, 255}, new int[] {255, 255, 255})).isCloseTo(1.0, within(0.001));
        // #767676 on white is the well-known lightest grey that passes AA (4.54:1).
        assertThat(Contrast.ratio(Contrast.hex("#767676"), new int[] {255, 255, 255})).isCloseTo(4.54, within(0.01));
    }

    @Test
    void everyRoleColourCarriesWhiteTextAndReadsOnThePaper() throws IOException {
        String css;
        try (InputStream in = ContrastTest.class.getResourceAsStream("/dev/reportflow/web/static/style.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String[]> palette = Contrast.palette(css);
        int[] paper = Contrast.hex(palette.stream().filter(c -> c[0].equals("paper")).findFirst().orElseThrow()[1]);
        List<String> roles = List.of("review", "problems", "plan", "highlights", "other");
        assertThat(palette).extracting(c -> c[0]).containsAll(roles);
        for (String[] colour : palette) {
            if (roles.contains(colour[0]) || colour[0].equals("muted") || colour[0].equals("ink")) {
                int[] rgb = Contrast.hex(colour[1]);
                assertThat(Contrast.ratio(rgb, paper)).as("--%s on the paper", colour[0]).isGreaterThanOrEqualTo(Contrast.AA);
                if (roles.contains(colour[0])) {
                    assertThat(Contrast.ratio(new int[] {255, 255, 255}, rgb)).as("white on --%s", colour[0])
                            .isGreaterThanOrEqualTo(Contrast.AA);
                }
            }
        }
    }
}
