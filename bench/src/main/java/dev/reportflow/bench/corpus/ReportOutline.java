package dev.reportflow.bench.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The shape of one generated report: which top-level sections it has (review, highlights,
 * problems, plan, other, in the order reports use) and the paragraphs under each heading.
 */
final class ReportOutline {

    enum Kind {
        REVIEW(1.0, 2, 8, "{Y}年工作开展情况", "{Y}年主要工作及成效", "主要工作完成情况", "{Y}年工作回顾"),
        HIGHLIGHTS(0.3, 0, 3, "工作亮点和特色做法", "创新举措及亮点"),
        PROBLEMS(0.7, 0, 3, "存在的问题和不足", "当前面临的困难和问题", "存在的短板弱项"),
        PLAN(1.0, 2, 6, "{Y1}年工作计划", "{Y1}年工作思路和重点", "下一步工作打算"),
        OTHER(0.25, 0, 3, "保障措施", "有关建议");

        final double probability;
        final int minSubsections;
        final int maxSubsections;
        final List<String> headings;

        Kind(double probability, int minSubsections, int maxSubsections, String... headings) {
            this.probability = probability;
            this.minSubsections = minSubsections;
            this.maxSubsections = maxSubsections;
            this.headings = List.of(headings);
        }
    }

    /**
     * A heading with the paragraphs under it; a top-level section's own paragraphs precede its
     * sub-sections. A block that holds paragraphs takes them from its {@code source} block.
     */
    static final class Block {
        final String heading;
        final CorpusPieces.Block source;
        final List<String> paragraphs = new ArrayList<>();
        final List<Block> subsections = new ArrayList<>();

        Block(String heading, CorpusPieces.Block source) {
            this.heading = heading;
            this.source = source;
        }

        /** A sub-section headed as its source block is, or by any heading when that block has none. */
        static Block subsection(CorpusPieces pieces, Random random) {
            CorpusPieces.Block source = Issuers.pickFrom(pieces.blocks(), random);
            return new Block(source.heading() != null ? source.heading() : Issuers.pickFrom(pieces.headings(), random), source);
        }
    }

    /** Sub-sections are numbered （一） to （十）. */
    static final int MAX_SUBSECTIONS = 10;

    final List<Block> sections = new ArrayList<>();

    static ReportOutline random(Random random, CorpusPieces pieces) {
        ReportOutline outline = new ReportOutline();
        for (Kind kind : Kind.values()) {
            if (random.nextDouble() >= kind.probability) {
                continue;
            }
            Block section = new Block(Issuers.pickFrom(kind.headings, random), Issuers.pickFrom(pieces.blocks(), random));
            int count = kind.minSubsections + random.nextInt(kind.maxSubsections - kind.minSubsections + 1);
            for (int i = 0; i < count; i++) {
                section.subsections.add(Block.subsection(pieces, random));
            }
            outline.sections.add(section);
        }
        return outline;
    }

    /**
     * Adds sub-sections to the sections that have some, up to {@code MAX_SUBSECTIONS} each, until
     * the report has {@code units} routed units: a longer report has more sub-sections, not longer
     * ones, as the samples do.
     */
    void widen(int units, Random random, CorpusPieces pieces) {
        List<Block> open = new ArrayList<>(sections.stream().filter(s -> !s.subsections.isEmpty()).toList());
        while (paragraphHolders().size() < units && !open.isEmpty()) {
            Block section = Issuers.pickFrom(open, random);
            section.subsections.add(Block.subsection(pieces, random));
            if (section.subsections.size() == MAX_SUBSECTIONS) {
                open.remove(section);
            }
        }
    }

    /** Every block that holds paragraphs: sub-sections, and top-level sections without any. */
    List<Block> paragraphHolders() {
        List<Block> holders = new ArrayList<>();
        for (Block section : sections) {
            if (section.subsections.isEmpty()) {
                holders.add(section);
            } else {
                holders.addAll(section.subsections);
            }
        }
        return holders;
    }

    int subsectionCount() {
        return sections.stream().mapToInt(s -> s.subsections.size()).sum();
    }
}
