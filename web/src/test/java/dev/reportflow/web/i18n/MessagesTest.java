package dev.reportflow.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static final Pattern HAN = Pattern.compile("[\\p{IsHan}\\u3000-\\u303f\\uff00-\\uffef]"); // Chinese, or its full-width punctuation
    /** A literal key in the pages: t('key'), data-i18n="key", 'prefix.' + value is checked by its prefix. */
    private static final Pattern KEY_IN_PAGE = Pattern.compile("(?:\\bt\\('|data-i18n(?:-placeholder|-title)?=\")([a-zA-Z.-]+)['\"]");

    @Test
    void bothLanguagesHaveTheSameKeysAndTheSameValues() {
        assertThat(Messages.bundle(Language.EN).keySet()).isEqualTo(Messages.bundle(Language.ZH).keySet());
        Messages.bundle(Language.ZH).forEach((key, zh) -> {
            String en = Messages.bundle(Language.EN).get(key);
            for (int i = 0; i < 3; i++) {
                assertThat(en.contains("{" + i + "}")).as("%s's {%d}", key, i).isEqualTo(zh.contains("{" + i + "}"));
            }
        });
    }

    @Test
    void theChineseBundleIsChinese() {
        List<String> notChinese = new ArrayList<>();
        Messages.bundle(Language.ZH).forEach((key, text) -> {
            if (!HAN.matcher(text).find() && !key.equals("app.name")) {
                notChinese.add(key + "=" + text);
            }
        });
        assertThat(notChinese).isEmpty();
    }

    @Test
    void everyKeyThePagesNameIsInTheBundle() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String file : List.of("common.js", "supervisor.js", "supervisor.html", "trace.js", "trace.html", "upload.js", "upload.html")) {
            Matcher keys = KEY_IN_PAGE.matcher(page(file));
            while (keys.find()) {
                String key = keys.group(1);
                boolean prefix = key.endsWith(".");
                if (prefix ? Messages.bundle(Language.ZH).keySet().stream().noneMatch(k -> k.startsWith(key)) : !Messages.has(key)) {
                    missing.add(file + ": " + key);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void valuesAreFilledIn() {
        assertThat(Messages.text(Language.ZH, "list.titleFor", "财政", 2)).isEqualTo("财政的最新章节（2）");
        assertThat(Messages.text(Language.EN, "list.titleFor", "finance", 2)).isEqualTo("Latest sections for finance (2)");
    }

    @Test
    void chineseUnlessEnglishIsAskedForAndChineseIsNot() {
        assertThat(Language.fromAcceptLanguage(null)).isEqualTo(Language.ZH);
        assertThat(Language.fromAcceptLanguage("fr-FR,de;q=0.8")).isEqualTo(Language.ZH);
        assertThat(Language.fromAcceptLanguage("en-US,en;q=0.9")).isEqualTo(Language.EN);
        assertThat(Language.fromAcceptLanguage("en-US,en;q=0.9,zh-CN;q=0.8")).as("reads Chinese too").isEqualTo(Language.ZH);
        assertThat(Language.fromAcceptLanguage("en,zh;q=0")).as("q=0 refuses Chinese").isEqualTo(Language.EN);
        assertThat(Language.fromAcceptLanguage("zh-TW,en;q=0.5")).isEqualTo(Language.ZH);
        assertThat(Language.fromAcceptLanguage("fr;q=1,en;q=0.5")).isEqualTo(Language.EN);
        assertThat(Language.fromAcceptLanguage("!!!")).isEqualTo(Language.ZH);
        assertThat(Language.choose("en", "zh-CN", "zh")).as("the query wins").isEqualTo(Language.EN);
        assertThat(Language.choose("xx", "en", "zh")).as("then the cookie").isEqualTo(Language.EN);
        assertThat(Language.choose(null, null, "en-GB")).isEqualTo(Language.EN);
    }

    private static String page(String file) throws IOException {
        try (InputStream in = Messages.class.getResourceAsStream("/dev/reportflow/web/static/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
