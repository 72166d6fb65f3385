package dev.reportflow.classifier.outline;

/**
 * The numbering styles of Chinese official documents, in the order GB/T 9704 nests them, plus the
 * variants reports use: 第一部分/第一、 above 一、, and 一是/一要 clauses below （1）.
 */
/** In nesting order: 第一、 → 一、 → （一） → 1. → （1） → ① → 一是. */
public enum Numbering {
    PART,
    CHINESE,
    CHINESE_PAREN,
    ARABIC,
    ARABIC_PAREN,
    CIRCLED,
    ORDINAL_CLAUSE
}
