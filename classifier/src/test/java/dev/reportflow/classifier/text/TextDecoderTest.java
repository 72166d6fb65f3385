package dev.reportflow.classifier.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    private static final String REPORT = "县审计局2024年工作总结\n一、主要工作\n审计项目32个。\n";

    @Test
    void saysAUtf8FileCutInsideACharacterLooksTruncated() {
        byte[] whole = REPORT.repeat(30).getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 2 - "\n".length());

        DecodedText d = TextDecoder.decode(cut);

        assertThat(d.failure()).isEqualTo(DecodeFailure.UNKNOWN_ENCODING);
        assertThat(d.message()).contains("cut off");
    }

    @Test
    void readsGbkBytes() {
        DecodedText d = TextDecoder.decode(REPORT.getBytes(Charset.forName("GBK")));
        assertThat(d.isOk()).isTrue();
        assertThat(d.encoding()).isEqualTo(TextDecoder.GB18030);
        assertThat(d.text()).isEqualTo(REPORT);
    }

    @Test
    void dropsAUtf8ByteOrderMark() {
        byte[] body = REPORT.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertThat(TextDecoder.decode(withBom).text()).isEqualTo(REPORT);
    }

    @Test
    void readsUtf16WithItsMark() {
        byte[] body = REPORT.getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        assertThat(TextDecoder.decode(bytes).text()).isEqualTo(REPORT);
    }

    @Test
    void normalisesCrlfAndLoneCr() {
        DecodedText d = TextDecoder.decode("一、甲\r\n二、乙\r三、丙".getBytes(StandardCharsets.UTF_8));
        assertThat(d.text()).isEqualTo("一、甲\n二、乙\n三、丙");
    }

    @Test
    void refusesEmptyBlankAndBinary() {
        assertThat(TextDecoder.decode(new byte[0]).failure()).isEqualTo(DecodeFailure.EMPTY);
        assertThat(TextDecoder.decode(" \n\t ".getBytes(StandardCharsets.UTF_8)).failure()).isEqualTo(DecodeFailure.EMPTY);
        assertThat(TextDecoder.decode(new byte[] {'P', 'K', 3, 4, 0, 0, 1}).failure()).isEqualTo(DecodeFailure.BINARY);
    }

    @Test
    void refusesBytesNoSupportedEncodingReads() {
        byte[] latin1 = "Ça coûte très cher, évidemment à Noël".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(TextDecoder.decode(latin1).failure()).isEqualTo(DecodeFailure.UNKNOWN_ENCODING);
    }

    @Test
    void aDeclaredEncodingThatDoesNotFitNamesTheOneThatDoes() {
        DecodedText d = TextDecoder.decode(REPORT.getBytes(Charset.forName("GBK")), "UTF-8");
        assertThat(d.failure()).isEqualTo(DecodeFailure.UNKNOWN_ENCODING);
        assertThat(d.message()).contains("GB18030");
    }

    @Test
    void readsAGenuineReplacementCharacter() {
        String text = REPORT + "无法识别的字：\uFFFD。\n";
        DecodedText d = TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8));
        assertThat(d.encoding()).isEqualTo(TextDecoder.UTF_8);
        assertThat(d.text()).isEqualTo(text);
        assertThat(d.contentHash()).isEqualTo(ContentHash.of(text));
    }

    @Test
    void refusesOverlongEncodingsAndEncodedSurrogates() {
        byte[] overlongSlash = {(byte) 0xC0, (byte) 0xAF};
        byte[] overlongYi = {(byte) 0xE0, (byte) 0x80, (byte) 0x80};
        byte[] surrogate = {(byte) 0xED, (byte) 0xA0, (byte) 0x80};
        byte[] pairOfSurrogates = {(byte) 0xED, (byte) 0xA0, (byte) 0xBD, (byte) 0xED, (byte) 0xB8, (byte) 0x80};
        for (byte[] bad : List.of(overlongSlash, overlongYi, surrogate, pairOfSurrogates)) {
            byte[] bytes = concat(REPORT.getBytes(StandardCharsets.UTF_8), bad, "。\n".getBytes(StandardCharsets.UTF_8));
            assertThat(TextDecoder.decode(bytes).encoding()).isNotEqualTo(TextDecoder.UTF_8);
            assertThat(TextDecoder.decode(bytes, "UTF-8").failure()).isEqualTo(DecodeFailure.UNKNOWN_ENCODING);
        }
    }

    @Test
    void readsCharactersOutsideTheBasicPlane() {
        String text = REPORT + "𠀀𪚥\n";
        DecodedText d = TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8));
        assertThat(d.text()).isEqualTo(text);
        assertThat(d.contentHash()).isEqualTo(ContentHash.of(text));
    }

    @Test
    void saysAFileCutInsideItsLastCharacterIsCutEvenWithAReplacementCharacterInIt() {
        byte[] whole = (REPORT + "\uFFFD" + REPORT).getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 2 - "\n".length());
        assertThat(TextDecoder.decode(cut).message()).contains("cut off");
    }

    @Test
    void hashesTheTextWhateverTheBytesThatCarriedIt() {
        String hash = ContentHash.of(REPORT);
        byte[] utf8 = REPORT.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8);
        byte[] crlf = REPORT.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] gbk = REPORT.getBytes(Charset.forName("GBK"));
        for (byte[] bytes : List.of(utf8, withBom, crlf, gbk)) {
            assertThat(TextDecoder.decode(bytes).contentHash()).isEqualTo(hash);
        }
        assertThat(TextDecoder.decode(utf8, "UTF-8").contentHash()).isEqualTo(hash);
        assertThat(hash).isEqualTo("sha256:" + java.util.HexFormat.of().formatHex(sha256(utf8)));
    }

    @Test
    void aFailedDecodingHasNoContentHash() {
        DecodedText d = TextDecoder.decode(new byte[0]);
        assertThatThrownBy(d::contentHash).isInstanceOf(IllegalStateException.class);
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void foldingKeepsPositionsAndRestoresCensoredParty() {
        String folded = Folding.fold("（一）D建引领，DP增长\u3000ED屏");
        assertThat(folded).isEqualTo("(一)党建引领,DP增长 ED屏");
        assertThat(folded).hasSize("（一）D建引领，DP增长\u3000ED屏".length());
    }
}
