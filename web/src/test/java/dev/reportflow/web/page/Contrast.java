package dev.reportflow.web.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.JavascriptExecutor;

/**
 * WCAG 2 contrast of what a page shows, measured in the browser: every visible element with text of
 * its own, its computed text colour and the first opaque background behind it, and the ratio
 * (L1 + 0.05) / (L2 + 0.05) of their relative luminances.
 */
final class Contrast {

    /** WCAG AA for normal text. */
    static final double AA = 4.5;

    record Sample(String text, int[] color, int[] background, double ratio) {
        @Override
        public String toString() {
            return "'" + text + "' rgb" + java.util.Arrays.toString(color) + " on rgb" + java.util.Arrays.toString(background)
                    + String.format(java.util.Locale.ROOT, ": %.2f:1", ratio);
        }
    }

    private static final String SCRIPT = """
            const parse = c => (c.match(/rgba?\\(([^)]+)\\)/) || [0, '0,0,0,0'])[1].split(',').map(Number);
            const behind = node => {
              for (let n = node; n; n = n.parentElement) {
                const c = parse(getComputedStyle(n).backgroundColor);
                if (c.length < 4 || c[3] > 0) { return c.slice(0, 3); }
              }
              return [255, 255, 255];
            };
            const samples = [];
            for (const node of document.querySelectorAll('body *')) {
              if (['SCRIPT', 'STYLE', 'OPTION'].includes(node.tagName)) { continue; }
              if (![...node.childNodes].some(c => c.nodeType === 3 && c.textContent.trim())) { continue; }
              const box = node.getBoundingClientRect();
              const style = getComputedStyle(node);
              if (box.width === 0 || box.height === 0 || style.visibility === 'hidden' || node.closest('[hidden]')) { continue; }
              samples.push({text: node.textContent.trim().slice(0, 40), color: parse(style.color).slice(0, 3), background: behind(node)});
            }
            return JSON.stringify(samples);
            """;

    private Contrast() {
    }

    static List<Sample> measure(JavascriptExecutor browser) {
        try {
            JsonNode samples = new ObjectMapper().readTree((String) browser.executeScript(SCRIPT));
            List<Sample> measured = new ArrayList<>();
            for (JsonNode sample : samples) {
                int[] color = rgb(sample.get("color"));
                int[] background = rgb(sample.get("background"));
                measured.add(new Sample(sample.get("text").asText(), color, background, ratio(color, background)));
            }
            return measured;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static double ratio(int[] a, int[] b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** Relative luminance of an sRGB colour (WCAG 2.x). */
    static double luminance(int[] rgb) {
        double[] linear = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = rgb[i] / 255.0;
            linear[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
    }

    /** The stylesheet's own palette: {@code --name: #rrggbb} declarations. */
    static List<String[]> palette(String css) {
        List<String[]> colours = new ArrayList<>();
        Matcher m = Pattern.compile("--([a-z-]+):\\s*(#[0-9a-fA-F]{6})").matcher(css);
        while (m.find()) {
            colours.add(new String[] {m.group(1), m.group(2)});
        }
        return colours;
    }

    static int[] hex(String hex) {
        return new int[] {Integer.parseInt(hex.substring(1, 3), 16), Integer.parseInt(hex.substring(3, 5), 16),
                Integer.parseInt(hex.substring(5, 7), 16)};
    }

    private static int[] rgb(JsonNode node) {
        return new int[] {node.get(0).asInt(), node.get(1).asInt(), node.get(2).asInt()};
    }
}
