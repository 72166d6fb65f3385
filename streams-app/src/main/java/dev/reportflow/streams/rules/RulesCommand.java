package dev.reportflow.streams.rules;

import dev.reportflow.classifier.rules.RuleChange;
import dev.reportflow.cli.ExitCodes;
import dev.reportflow.config.ConnectionOptions;
import dev.reportflow.decision.rules.RuleRecords;
import dev.reportflow.schemas.RoutingRule;
import dev.reportflow.schemas.RuleKind;
import dev.reportflow.streams.app.ReportRouter;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code reportflow rules put|list|delete}: change routing at runtime, without restarting anything. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = {"Routing rules on the routing.rules topic; new submissions route by them at once.",
                "  rules put --id ID --kind ISSUER_ALIAS|SECTION_KEYWORD|DEPARTMENT --department CODE [--term WORD] [--weight W]",
                "  rules list",
                "  rules delete --id ID",
                "  rules suggest [--from ISO_TIME] [--to ISO_TIME]   (learns rules from corrections; see rules suggest --help)"})
public final class RulesCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection = new ConnectionOptions();

    @Parameters(index = "0", arity = "0..1", paramLabel = "put|list|delete")
    String action;

    @Option(names = "--id", description = "Rule id (put, delete).")
    String id;

    @Option(names = "--kind", description = "ISSUER_ALIAS: the term names a body of the department; SECTION_KEYWORD: "
            + "sections with the term concern it; DEPARTMENT: a new department code (term = its Chinese name).")
    RuleKind kind;

    @Option(names = "--department", description = "Department code.")
    String department;

    @Option(names = "--term", defaultValue = "", description = "The word or alias.")
    String term;

    @Option(names = "--weight", defaultValue = "1.0", description = "Weight of a keyword (default: ${DEFAULT-VALUE}).")
    double weight;

    @Option(names = "--author", defaultValue = "${sys:user.name}", description = "Who adds the rule (default: ${DEFAULT-VALUE}).")
    String author;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (action == null) {
            return usage("name an action: put, list, delete or suggest");
        }
        RuleBook book = new RuleBook(connection.load(ReportRouter.CONFIG_RESOURCE));
        switch (action) {
            case "put" -> {
                if (id == null || kind == null || department == null || (kind != RuleKind.DEPARTMENT && term.isBlank())) {
                    return usage("put needs --id, --kind, --department, and --term for ISSUER_ALIAS and SECTION_KEYWORD");
                }
                RoutingRule rule = RoutingRule.newBuilder().setRuleId(id).setKind(kind).setDepartment(department)
                        .setTerm(term).setWeight(weight).setAuthor(author).setCreatedAt(Instant.now()).build();
                var problem = RuleRecords.toChange(rule).flatMap(RuleChange::problem);
                if (problem.isPresent()) {
                    return usage("rule " + id + " refused: " + problem.get());
                }
                book.put(rule);
                out.println("Put rule " + id + ": " + kind + " " + department + (term.isBlank() ? "" : " '" + term + "'"));
            }
            case "delete" -> {
                if (id == null) {
                    return usage("delete needs --id");
                }
                book.delete(id);
                out.println("Deleted rule " + id);
            }
            case "list" -> {
                Map<String, RoutingRule> rules = book.list();
                rules.values().forEach(r -> out.printf("%-20s %-16s %-28s %-16s %.2f  %s %s%n", r.getRuleId(), r.getKind(),
                        r.getDepartment(), r.getTerm(), r.getWeight(), r.getAuthor(), r.getCreatedAt()));
                out.println(rules.size() + " rule(s)");
            }
            default -> {
                return usage("unknown action '" + action + "': use put, list or delete");
            }
        }
        return 0;
    }

    private int usage(String message) {
        spec.commandLine().getErr().println("reportflow rules: " + message);
        return ExitCodes.USAGE;
    }
}
