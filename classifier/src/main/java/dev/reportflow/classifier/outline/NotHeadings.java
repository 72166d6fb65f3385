package dev.reportflow.classifier.outline;

import dev.reportflow.classifier.text.TextLines;

/**
 * Numbered lines that head no part of a report whatever their count: the requests a notice makes of
 * the offices it addresses ("1.请各省辖市和济源示范区科协于2022年12月19日(周一)前将上述材料…", more4-013
 * line 4), and the names of a document's attachments listed under 附件: ("1.2023年全省科协系统“十件实事”
 * 谋划要求", line 21). A report's parts say what was done or will be; a request asks the reader, and an
 * attachment list names other documents.
 */
public final class NotHeadings {

    /** What opens an official document's list of attachments (GB/T 9704 附件说明). */
    private static final String ATTACHMENTS = "附件";
    /** 请 that opens a request; 请求/请示 open a report's own requests to its superior ("三、请求解决的问题"). */
    private static final String REQUEST = "请";
    private static final String OWN_REQUESTS = "求示";

    private NotHeadings() {
    }

    /** Clears, in {@code numbered}, the lines that are requests or attachment names. */
    public static void drop(TextLines lines, NumberedLine[] numbered) {
        boolean inAttachments = false;
        for (int i = 0; i < numbered.length; i++) {
            NumberedLine n = numbered[i];
            String line = lines.foldedTrimmed(i);
            if (n == null) {
                inAttachments = opensAttachments(line) || inAttachments && lines.isBlank(i);
                continue;
            }
            if (inAttachments || isRequest(lines.folded(i), n)) {
                numbered[i] = null;
            }
        }
    }

    /** "附件:" or "附件:1.…" (the list may start on the same line). */
    private static boolean opensAttachments(String line) {
        return line.startsWith(ATTACHMENTS) && line.length() > ATTACHMENTS.length()
                && line.charAt(ATTACHMENTS.length()) == ':';
    }

    static boolean isRequest(String line, NumberedLine n) {
        int at = n.textStart();
        return line.startsWith(REQUEST, at) && (at + 1 >= line.length() || OWN_REQUESTS.indexOf(line.charAt(at + 1)) < 0);
    }
}
