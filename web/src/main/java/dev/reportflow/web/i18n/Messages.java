package dev.reportflow.web.i18n;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * Every sentence serve shows a person, one bundle per language: {@code static/i18n/zh-CN.json}
 * and {@code en.json}, flat keys to text with {@code {0}}, {@code {1}} for values. The same files
 * are served to the pages' scripts ({@code /i18n/messages.json}), so the page and the server's
 * error answers never say the same thing in two different ways. The bundles must have the same keys
 * ({@code MessagesTest}); a key missing from both is a defect, answered by the key itself.
 */
public final class Messages {

    public static final String RESOURCE_DIRECTORY = "/dev/reportflow/web/static/i18n/";
    private static final Map<Language, Map<String, String>> BUNDLES = load();

    private Messages() {
    }

    /** The bundle of one language, as the page receives it. */
    public static Map<String, String> bundle(Language language) {
        return BUNDLES.get(language);
    }

    public static String text(Language language, String key, Object... values) {
        String text = BUNDLES.get(language).getOrDefault(key, key);
        for (int i = 0; i < values.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(values[i]));
        }
        return text;
    }

    public static boolean has(String key) {
        return BUNDLES.get(Language.ZH).containsKey(key);
    }

    /** The language of this request (see {@link Language#choose}). */
    public static Language languageOf(Context ctx) {
        return Language.choose(ctx.queryParam(Language.PARAMETER), ctx.cookie(Language.COOKIE), ctx.header("Accept-Language"));
    }

    /**
     * Keeps a language chosen with {@code ?lang=} for the next pages (a cookie that only says a
     * language, so readable by the page's scripts and harmless if forged).
     */
    public static void rememberChoice(Context ctx, boolean secure) {
        Language.of(ctx.queryParam(Language.PARAMETER)).ifPresent(language -> ctx.cookie(new Cookie(Language.COOKIE,
                language.tag(), "/", 365 * 24 * 3600, secure || "https".equalsIgnoreCase(ctx.scheme()), false, null, SameSite.STRICT)));
    }

    private static Map<Language, Map<String, String>> load() {
        ObjectMapper mapper = new ObjectMapper();
        Map<Language, Map<String, String>> bundles = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            String name = RESOURCE_DIRECTORY + language.tag() + ".json";
            try (InputStream in = Messages.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("Missing message bundle " + name);
                }
                bundles.put(language, Map.copyOf(mapper.readValue(in, new TypeReference<Map<String, String>>() { })));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the message bundle " + name, e);
            }
        }
        return bundles;
    }
}
