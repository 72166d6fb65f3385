package dev.reportflow.classifier.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
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
    void foldingKeepsPositionsAndRestoresCensoredParty() {
        String folded = Folding.fold("（一）D建引领，DP增长\u3000ED屏");
        assertThat(folded).isEqualTo("(一)党建引领,DP增长 ED屏");
        assertThat(folded).hasSize("（一）D建引领，DP增长\u3000ED屏".length());
    }
}
