package dev.reportflow.app;

/**
 * The numbered county-bureau reports that the crash and hostile-input tests submit: report {@code n}
 * is always the same text, distinct from every other (its figures carry {@code n}), and is issued by
 * {@link #bureau(int)} of a county, so that each routes to a known department.
 */
public final class CountyReports {

    private static final String[] BUREAUS = {"财政局", "审计局", "应急管理局", "教育局", "林业局", "民政局", "商务局", "水务局"};

    private CountyReports() {
    }

    public static String bureau(int n) {
        return BUREAUS[n % BUREAUS.length];
    }

    public static String text(int n) {
        String bureau = bureau(n);
        return """
                县%s2024年工作总结和2025年工作计划

                2024年，县%s围绕全县中心工作，推进第%d项重点任务，完成年度目标。
                一、2024年工作开展情况
                （一）重点工作推进。完成项目%d个，投入资金%d万元。
                （二）安全生产。开展隐患排查%d次，整改问题%d个。
                二、存在的问题
                基层力量不足，第%d项任务进度偏慢。
                三、2025年工作计划
                （一）抓好重点项目建设。
                （二）加强队伍建设。
                """.formatted(bureau, bureau, n, n + 3, 100 + n, n % 9 + 1, n % 5 + 2, n);
    }
}
