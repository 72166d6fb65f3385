package dev.reportflow.classifier.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One hand-checked report of a gold file (the format of shared/samples/gold-dev.jsonl), or, in the
 * real corpus (corpus/), a document that is no report ({@code not_a_report}, with its kind); the
 * corpus also gives each record its {@code split} (dev or blind) and genre, and, where a person has
 * read them, the report's routed units with their departments ({@code units}). Its provenance fields
 * ({@code source}, {@code retrieved} …) and notes are not needed to score and are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GoldReport(@JsonProperty("file") String file,
                         @JsonProperty("title") String title,
                         @JsonProperty("start_line") int startLine,
                         @JsonProperty("end_line") int endLine,
                         @JsonProperty("issuer_name") String issuerName,
                         @JsonProperty("issuer_level") String issuerLevel,
                         @JsonProperty("department") String department,
                         @JsonProperty("report_kind") String kind,
                         @JsonProperty("period_years") List<Integer> years,
                         @JsonProperty("sections") List<GoldSection> sections,
                         @JsonProperty("not_a_report") boolean notAReport,
                         @JsonProperty("negative_kind") String negativeKind,
                         @JsonProperty("split") String split,
                         @JsonProperty("genre") String genre,
                         @JsonProperty("units") List<GoldUnit> units) {

    public GoldReport {
        years = years == null ? List.of() : List.copyOf(years);
        sections = sections == null ? List.of() : List.copyOf(sections);
        units = units == null ? List.of() : List.copyOf(units);
    }

    /** A top-level section of a gold report. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GoldSection(@JsonProperty("heading") String heading, @JsonProperty("line") int line,
                              @JsonProperty("role") String role) {
    }

    /**
     * A routed unit as a person read it (corpus/LABELLING.md): the line of its heading, the heading,
     * and the departments its text concerns, the main one first.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GoldUnit(@JsonProperty("heading") String heading, @JsonProperty("line") int line,
                           @JsonProperty("departments") List<String> departments) {

        public GoldUnit {
            departments = departments == null ? List.of() : List.copyOf(departments);
        }
    }
}
