package org.mandate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.mandate.cli.planning.InstanceJson;
import org.mandate.cli.planning.InstanceProblem;
import org.mandate.cli.planning.PlanJson;
import org.mandate.cli.planning.PlanReport;
import org.mandate.economy.planning.model.PlanningInstance;
import org.mandate.economy.planning.procedure.HumanRounds;
import org.mandate.economy.planning.procedure.Plan;
import org.mandate.economy.planning.procedure.PlanningOutcome;
import org.mandate.economy.planning.procedure.Procedure;
import org.mandate.economy.planning.procedure.Settings;
import org.mandate.planning.lp.CentralOptimum;
import org.mandate.planning.lp.LpReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mandate plan --instance FILE.json}: participatory planning on a standalone instance, held against the central optimum. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"Runs participatory planning on a standalone instance (format: docs/planning.md): rounds in which every council's",
                "proposal is its own best response to published prices, until every good is within the instance's tolerance.",
                "Prints the rounds, the largest remaining imbalance, each good's balance and price, each council's proposal,",
                "and the welfare against the central optimum of the same welfare computed by OR-Tools.",
                "Exit 0 when balanced; 2 when the instance is refused or cannot be balanced (each problem named on stderr, nothing",
                "planned); 3 when the round limit came first; 1 when the file cannot be read."})
final class PlanCommand implements Callable<Integer> {
    /** Which central reference to compute. */
    enum Reference { AUTO, GLOP, PDLP, NONE }

    @Option(names = "--instance", paramLabel = "FILE.json", required = true, description = "the planning instance")
    Path instance;

    @Option(names = "--json", description = "print a machine-readable report: every round's prices and imbalances, final balances, welfare, reference")
    boolean json;

    @Option(names = "--max-rounds", paramLabel = "N", defaultValue = "" + Settings.DEFAULT_MAX_ROUNDS,
            description = "stop unsettled after this many rounds (default: ${DEFAULT-VALUE})")
    int maxRounds;

    @Option(names = "--reference", paramLabel = "SOLVER", defaultValue = "auto",
            description = "the central optimum to compare with: auto (GLOP up to 200,000 variables, PDLP beyond), glop, pdlp, or none")
    Reference reference;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (maxRounds < 1) {
            err.println("--max-rounds must be at least 1");
            return 1;
        }
        InstanceJson.Reading reading;
        try (Reader in = Files.newBufferedReader(instance, StandardCharsets.UTF_8)) {
            reading = InstanceJson.read(in);
        } catch (NoSuchFileException e) {
            err.println("no such file: " + instance);
            return 1;
        } catch (MalformedInputException e) {
            err.println(instance + ": not UTF-8 text");
            return 1;
        }
        if (reading.instance().isEmpty()) {
            return refused(reading.problems(), err);
        }
        PlanningInstance problem = reading.instance().get();
        PlanningOutcome outcome = Procedure.run(problem, Settings.defaults().withMaxRounds(maxRounds), HumanRounds.none());
        Plan plan = switch (outcome) {
            case PlanningOutcome.Balanced b -> b.plan();
            case PlanningOutcome.Unsettled u -> u.lastProposals();
            case PlanningOutcome.Blocked b -> {
                refused(List.of(new InstanceProblem(b.problem().rule(), b.problem().message())), err);
                yield null;
            }
            case PlanningOutcome.Refused r -> {
                refused(r.problems().stream().map(p -> new InstanceProblem(p.rule(), p.message())).toList(), err);
                yield null;
            }
        };
        if (plan == null) {
            return 2;
        }
        Optional<LpReference> lp = reference == Reference.NONE ? Optional.empty() : Optional.of(CentralOptimum.solve(problem,
                reference == Reference.AUTO ? CentralOptimum.solverFor(problem) : CentralOptimum.Solver.valueOf(reference.name()), 1e-6,
                Runtime.getRuntime().availableProcessors()));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            PlanJson.write(problem, outcome, plan, lp, out);
        } else {
            PlanReport.text(problem, outcome, plan, lp, out);
        }
        out.flush();
        return outcome instanceof PlanningOutcome.Balanced ? 0 : 3;
    }

    private int refused(List<InstanceProblem> problems, PrintWriter err) {
        for (InstanceProblem p : problems) {
            err.println(instance + ": " + p);
        }
        err.println("nothing was planned: " + (problems.stream().anyMatch(p -> p.rule().equals("CannotBeBalanced"))
                ? "the councils' statements must change (a need, a capacity) before a plan can balance"
                : "correct the instance and run again"));
        return 2;
    }
}
