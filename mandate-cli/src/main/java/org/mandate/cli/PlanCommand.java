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
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mandate plan --instance FILE.json}: participatory planning on a standalone instance, held against the central optimum;
 * {@code mandate plan --data DIR}: a federation's recorded plan periods rerun and held against their record ({@link DataPlan}).
 */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"Runs participatory planning: rounds in which every council's proposal is its",
                "own best response to published prices, until every good is within the",
                "tolerance. Prints the rounds, the largest remaining imbalance, each good's",
                "balance and price, each council's proposal, and the welfare against the",
                "central optimum (OR-Tools).",
                "--instance FILE.json: a standalone instance (format: docs/planning.md). Exit",
                "  0 when balanced; 2 when the instance is refused or cannot be balanced",
                "  (each problem named on stderr, nothing planned); 3 when the round limit",
                "  came first; 1 when the file cannot be read.",
                "--data DIR: a federation's plan periods (each open one, or --plan ID), rerun",
                "  from the bodies' recorded statements and human-round proposals as the",
                "  server runs them, and held against the record: the recorded rounds must",
                "  come out exactly as recorded. Nothing is changed. Exit 0 when every rerun",
                "  matches its record; 4 when one differs (the first round that differs is",
                "  named); 1 when there is no database or no such plan period."})
final class PlanCommand implements Callable<Integer> {
    /** Which central reference to compute. */
    enum Reference { AUTO, GLOP, PDLP, NONE }

    @Option(names = "--instance", paramLabel = "FILE.json", description = "the planning instance")
    Path instance;

    @Mixin
    StoreOptions store;

    @Option(names = "--plan", paramLabel = "ID", description = "with --data: the plan period to rerun (default: every open one)")
    String plan;

    @Option(names = "--json", description = "print a machine-readable report: every round's prices and imbalances, final balances, welfare, reference")
    boolean json;

    @Option(names = "--max-rounds", paramLabel = "N", defaultValue = "" + Settings.DEFAULT_MAX_ROUNDS,
            description = "with --instance: stop unsettled after this many rounds (default: ${DEFAULT-VALUE})")
    int maxRounds;

    @Option(names = "--reference", paramLabel = "SOLVER", defaultValue = "auto",
            description = "the central optimum to compare with: auto (GLOP up to 200,000 variables, PDLP beyond), glop, pdlp, or none")
    Reference reference;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        boolean data = spec.commandLine().getParseResult().hasMatchedOption("--data") || store.db != null;
        if (data == (instance != null)) {
            err.println("plan one thing: a standalone instance (--instance FILE.json) or a federation's recorded plan periods (--data DIR)");
            return 2;
        }
        if (plan != null && !data) {
            err.println("--plan names a plan period of a federation: give its data directory with --data DIR");
            return 2;
        }
        if (data) {
            return DataPlan.run(store, plan, json, this::reference, spec.commandLine().getOut(), err);
        }
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
        Optional<LpReference> lp = reference(problem);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            PlanJson.write(problem, outcome, plan, lp, out);
        } else {
            PlanReport.text(problem, outcome, plan, lp, out);
        }
        out.flush();
        return outcome instanceof PlanningOutcome.Balanced ? 0 : 3;
    }

    /** The central optimum of the same welfare, as {@code --reference} asks. */
    private Optional<LpReference> reference(PlanningInstance problem) {
        return reference == Reference.NONE ? Optional.empty() : Optional.of(CentralOptimum.solve(problem,
                reference == Reference.AUTO ? CentralOptimum.solverFor(problem) : CentralOptimum.Solver.valueOf(reference.name()), 1e-6,
                Runtime.getRuntime().availableProcessors()));
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
