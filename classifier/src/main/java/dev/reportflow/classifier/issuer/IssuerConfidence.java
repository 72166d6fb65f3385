package dev.reportflow.classifier.issuer;

/**
 * How far each way of finding the issuer is believed, as the score of its evidence, strongest
 * first. A body a title names is nearly always the issuer; one inferred from a report's vocabulary
 * or its voice much less so. {@code Confidence} multiplies the score into the report's confidence,
 * so that a weakly found issuer sends the report to triage rather than to a wrong office.
 */
final class IssuerConfidence {

    /** The title names the body (区审计局工作总结). */
    static final double TITLE = 0.95;
    /** The report is a government's to its people's congress (我代表…人民政府向大会报告). */
    static final double SPEAKER_LINE = 0.9;
    /** 我院 and a body of that kind named in the opening, the profile section or the signature. */
    static final double SELF_REFERENCE_NAMED = 0.8;
    /** The opening paragraph names the body as its subject (县财政局坚持…). */
    static final double OPENING_PARAGRAPH = 0.8;
    /** The title names only an area (XX乡2024年工作总结): its government reports. */
    static final double TITLE_UNIT = 0.8;
    /** The signature under the text names the body. */
    static final double SIGNATURE = 0.7;
    /** The title names an area and a topic one department leads (县纪检监察工作总结). */
    static final double TITLE_UNIT_TOPIC = 0.7;
    /** 我局 named nowhere near: the first body of its kind named anywhere in the text. */
    static final double BODY_TEXT = 0.6;
    /** The title's topic alone names the department, at the level the text speaks at. */
    static final double TITLE_TOPIC = 0.5;
    /** A township, town or village speaking of itself (我镇, 全村): its government. */
    static final double GRASS_ROOTS_VOICE = 0.5;
    /** 我局 named nowhere, its department told by a convincing vocabulary. */
    static final double SELF_REFERENCE_VOCABULARY = 0.45;
    /** 我院 named nowhere, its department known from its kind. */
    static final double SELF_REFERENCE_UNNAMED = 0.4;
    /** No body and no self-reference named: the report's vocabulary alone tells the department. */
    static final double VOCABULARY_ONLY = 0.35;
    /** A named body whose name tells no department and whose vocabulary is not convincing. */
    static final double NAME_WITHOUT_DEPARTMENT = 0.3;
    /** Nothing names a body. */
    static final double NONE = 0;

    /** A company's own name says it is state-owned: a little less sure than the step that found it. */
    static final double STATE_OWNED_FACTOR = 0.9;
    /** The department comes from the vocabulary, not the name: less sure than the step that found the body. */
    static final double DEPARTMENT_FROM_CONTENT_FACTOR = 0.7;

    private IssuerConfidence() {
    }
}
