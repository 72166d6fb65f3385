package dev.reportflow.web.i18n;

import java.util.Locale;
import java.util.Optional;

/**
 * The languages of serve's pages and messages: Simplified Chinese first, English for whoever asks.
 * A request asks with {@code ?lang=}, the {@value #COOKIE} cookie the page's chooser sets, or its
 * {@code Accept-Language}; anything else is answered in Chinese.
 */
public enum Language {
    ZH("zh-CN"),
    EN("en");

    public static final String COOKIE = "reportflow_lang";
    public static final String PARAMETER = "lang";

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    /** The BCP 47 tag of the bundle and of the page's {@code <html lang>}. */
    public String tag() {
        return tag;
    }

    /** An explicit choice: {@code zh}, {@code zh-CN}, {@code en}, {@code en-GB}…; nothing else. */
    public static Optional<Language> of(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String primary = value.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return switch (primary) {
            case "zh" -> Optional.of(ZH);
            case "en" -> Optional.of(EN);
            default -> Optional.empty();
        };
    }

    /**
     * Chinese first: Chinese whenever the browser reads Chinese at all (an office's browser set up in
     * English but accepting zh still gets Chinese), English only for one that accepts English and no
     * Chinese, Chinese when the header names neither or cannot be read.
     */
    public static Language fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return ZH;
        }
        try {
            boolean english = false;
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                if (range.getWeight() > 0) {
                    Optional<Language> language = of(range.getRange());
                    if (language.isPresent() && language.get() == ZH) {
                        return ZH;
                    }
                    english |= language.isPresent();
                }
            }
            return english ? EN : ZH;
        } catch (IllegalArgumentException malformed) {
            return ZH;
        }
    }

    /** The request's language: the query parameter, then the cookie, then Accept-Language. */
    public static Language choose(String parameter, String cookie, String acceptLanguage) {
        return of(parameter).or(() -> of(cookie)).orElseGet(() -> fromAcceptLanguage(acceptLanguage));
    }
}
