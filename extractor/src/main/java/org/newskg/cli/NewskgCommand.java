package org.newskg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newskg} command line: extract, load, serve, up. */
@Command(name = "newskg", mixinStandardHelpOptions = true, versionProvider = Versions.class,
        description = "Chinese news → RDF knowledge graph (people, organizations, places, events, positions, quotations),"
                + " loaded into Apache Jena TDB2 and served by Fuseki.",
        subcommands = {ExtractCommand.class, LoadCommand.class, ServeCommand.class, UpCommand.class, PushCommand.class,
                LoadTestCommand.class, DumpCommand.class, CompactCommand.class, BenchCommand.class})
public final class NewskgCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: extract, load, dump, compact, serve, up, push or loadtest");
    }

    public static void main(String[] args) {
        System.exit(newCommandLine().execute(args));
    }

    public static CommandLine newCommandLine() {
        return new CommandLine(new NewskgCommand()).setExecutionExceptionHandler(NewskgCommand::failure);
    }

    /** Failures while running: one line naming the problem, never a stack trace. A missing input is a usage error. */
    private static int failure(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        if (e instanceof java.nio.file.NoSuchFileException missing) {
            cl.getErr().println("newskg: no such file or folder: " + missing.getFile());
            return 2;
        }
        cl.getErr().println("newskg: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
        return 1;
    }
}
