package dev.reportflow.classifier.text;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads the bytes offices send: UTF-8 (with or without BOM), UTF-16 with a BOM, or GB18030 (which
 * covers GBK and GB2312). Decoding is strict, so a file is never silently mangled: bytes that no
 * supported encoding reads, or that look binary, are refused with a message the sender can act on.
 */
public final class TextDecoder {

    public static final String UTF_8 = "UTF-8";
    public static final String GB18030 = "GB18030";
    private static final Charset GB18030_CHARSET = Charset.forName(GB18030);
    private static final char REPLACEMENT_CHARACTER = '\uFFFD';
    private static final VarHandle EIGHT_BYTES = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    /** Above this share of control characters a file is binary, not text. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    private TextDecoder() {
    }

    /** Decodes with detection. */
    public static DecodedText decode(byte[] bytes) {
        return decode(bytes, null);
    }

    /**
     * Decodes {@code bytes}. When {@code declaredEncoding} is given the bytes must be valid in it;
     * a file in another encoding is refused with a message naming the encoding that would read it.
     */
    public static DecodedText decode(byte[] bytes, String declaredEncoding) {
        if (bytes.length == 0) {
            return DecodedText.failed(DecodeFailure.EMPTY, "The file is empty.");
        }
        DecodedText withBom = decodeByBom(bytes);
        if (withBom != null) {
            return checked(withBom);
        }
        if (looksBinary(bytes)) {
            return DecodedText.failed(DecodeFailure.BINARY,
                    "The file is binary (it contains NUL or control bytes), not a text report. Send a .txt file.");
        }
        if (declaredEncoding != null && !declaredEncoding.isBlank()) {
            return decodeDeclared(bytes, declaredEncoding.trim());
        }
        String utf8 = strict(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return checked(utf8Text(utf8, bytes));
        }
        String gb = strict(bytes, GB18030_CHARSET);
        if (gb != null && mostlyChineseOrAscii(gb)) {
            return checked(DecodedText.ok(normalise(gb), GB18030));
        }
        if (endsInsideAUtf8Character(bytes)) {
            return DecodedText.failed(DecodeFailure.UNKNOWN_ENCODING, "The file is UTF-8 but ends in the middle of a "
                    + "character: it looks cut off (an interrupted copy or upload). Send the complete file.");
        }
        return DecodedText.failed(DecodeFailure.UNKNOWN_ENCODING,
                "The file is neither UTF-8 nor GB18030/GBK text. Save it as UTF-8 and send it again.");
    }

    /** Valid UTF-8 up to a last character that lacks its final bytes: the mark of a truncated file. */
    private static boolean endsInsideAUtf8Character(byte[] bytes) {
        for (int cut = 1; cut <= 3 && cut < bytes.length; cut++) {
            int lead = bytes[bytes.length - cut] & 0xFF;
            if (lead >= 0xC0) {
                return strict(java.util.Arrays.copyOf(bytes, bytes.length - cut), StandardCharsets.UTF_8) != null;
            }
        }
        return false;
    }

    private static DecodedText decodeDeclared(byte[] bytes, String declared) {
        Charset charset;
        try {
            charset = canonical(declared);
        } catch (IllegalArgumentException e) {
            return DecodedText.failed(DecodeFailure.UNKNOWN_ENCODING,
                    "Unknown encoding '" + declared + "'. Use UTF-8 or GB18030 (GBK), or leave it out to detect it.");
        }
        String text = strict(bytes, charset);
        if (text != null) {
            return checked(charset.equals(StandardCharsets.UTF_8) ? utf8Text(text, bytes)
                    : DecodedText.ok(normalise(text), charset.name()));
        }
        DecodedText detected = decode(bytes, null);
        String hint = detected.isOk()
                ? " It reads as " + detected.encoding() + ": declare that, or leave the encoding out."
                : "";
        return DecodedText.failed(DecodeFailure.UNKNOWN_ENCODING,
                "The file is not valid " + charset.name() + " as declared." + hint);
    }

    private static Charset canonical(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        if (upper.equals("GBK") || upper.equals("GB2312") || upper.equals("GB18030") || upper.equals("CP936")) {
            return GB18030_CHARSET; // a superset: every GBK file is valid GB18030
        }
        return Charset.forName(name);
    }

    private static DecodedText decodeByBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            byte[] afterMark = slice(b, 3);
            String text = strict(afterMark, StandardCharsets.UTF_8);
            return text == null
                    ? DecodedText.failed(DecodeFailure.UNKNOWN_ENCODING, "The file starts with a UTF-8 mark but is not valid UTF-8.")
                    : utf8Text(text, afterMark);
        }
        if (b.length >= 2 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)) {
            Charset charset = (b[0] & 0xFF) == 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
            String text = strict(slice(b, 2), charset);
            return text == null
                    ? DecodedText.failed(DecodeFailure.UNKNOWN_ENCODING, "The file starts with a UTF-16 mark but is not valid UTF-16.")
                    : DecodedText.ok(normalise(text), charset.name());
        }
        return null;
    }

    /** A decoded text must still be text: a UTF-16 file of random bytes decodes but is not a report. */
    private static DecodedText checked(DecodedText decoded) {
        if (!decoded.isOk()) {
            return decoded;
        }
        if (decoded.text().isBlank()) {
            return DecodedText.failed(DecodeFailure.EMPTY, "The file holds only white space.");
        }
        if (countBadControls(decoded.text()) > decoded.text().length() * MAX_CONTROL_SHARE) {
            return DecodedText.failed(DecodeFailure.BINARY, "The file is binary (control characters), not a text report.");
        }
        return decoded;
    }

    private static boolean looksBinary(byte[] bytes) {
        int controls = 0;
        for (int i = 0; i < bytes.length; i += Long.BYTES) {
            int end = Math.min(i + Long.BYTES, bytes.length);
            if (end - i == Long.BYTES && !mayHoldAControl((long) EIGHT_BYTES.get(bytes, i))) {
                continue; // text: almost every group of eight bytes is dismissed at once
            }
            for (int k = i; k < end; k++) {
                if (bytes[k] == 0) {
                    return true;
                }
                if (isBadControl(bytes[k] & 0xFF)) {
                    controls++;
                }
            }
        }
        return controls > bytes.length * MAX_CONTROL_SHARE;
    }

    /**
     * Whether any of eight bytes is below 0x20 or is 0x7F, tested on all at once with the classic
     * "has a byte less than n" test (exact as to whether any byte is, for n up to 0x80), and a
     * byte of 0x7F being a zero byte once xor-ed with 0x7F. Which bytes they are, and whether
     * they count, the caller then sees one by one.
     */
    private static boolean mayHoldAControl(long eight) {
        long below0x20 = (eight - 0x2020_2020_2020_2020L) & ~eight & 0x8080_8080_8080_8080L;
        long xor7f = eight ^ 0x7F7F_7F7F_7F7F_7F7FL;
        long is7f = (xor7f - 0x0101_0101_0101_0101L) & ~xor7f & 0x8080_8080_8080_8080L;
        return (below0x20 | is7f) != 0;
    }

    private static int countBadControls(String text) {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            if (isBadControl(text.charAt(i))) {
                controls++;
            }
        }
        return controls;
    }

    private static boolean isBadControl(int c) {
        return c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' || c == 0x7F;
    }

    private static boolean mostlyChineseOrAscii(String text) {
        long plausible = text.codePoints()
                .filter(c -> c < 0x80 || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                        || Character.getType(c) == Character.OTHER_PUNCTUATION
                        || Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                        || Character.UnicodeBlock.of(c) == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                        || Character.UnicodeBlock.of(c) == Character.UnicodeBlock.GENERAL_PUNCTUATION)
                .count();
        return plausible >= text.codePointCount(0, text.length()) * 0.9;
    }

    /** {@code utf8} decoded as UTF-8 to {@code text}, normalised; when that changes nothing, its bytes are the text's. */
    private static DecodedText utf8Text(String text, byte[] utf8) {
        String normalised = normalise(text);
        return normalised.equals(text) ? DecodedText.verbatimUtf8(text, utf8) : DecodedText.ok(normalised, UTF_8);
    }

    /** The bytes decoded, or null when they are not valid in {@code charset}. */
    private static String strict(byte[] bytes, Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8)) {
            // The JDK's own UTF-8 decoding is much faster than a decoder's, and replaces every
            // malformed sequence with U+FFFD: without one in its result, the bytes were valid.
            // A text with a genuine U+FFFD takes the strict decoder below, which tells the two apart.
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (text.indexOf(REPLACEMENT_CHARACTER) < 0) {
                return text;
            }
        }
        try {
            CharBuffer chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** '\r\n' and lone '\r' become '\n' so that line numbers agree with what editors show. */
    static String normalise(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static byte[] slice(byte[] bytes, int from) {
        byte[] rest = new byte[bytes.length - from];
        System.arraycopy(bytes, from, rest, 0, rest.length);
        return rest;
    }
}
