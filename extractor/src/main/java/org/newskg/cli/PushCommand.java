package org.newskg.cli;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import org.newskg.server.AdminPassword;
import org.newskg.source.SourceFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "push", mixinStandardHelpOptions = true,
        description = "Add files to the database of a running server (started with an admin password), without"
                + " stopping it: each file is uploaded to POST /$/newskg/load, extracted and loaded there, replacing"
                + " what the database had for the same file: a file is named by its path under the folder given"
                + " (its source key), as newskg load names it.")
final class PushCommand implements Callable<Integer> {
    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Text files, or folders searched recursively for *.txt and *.md.")
    List<Path> inputs;

    @Option(names = "--server", paramLabel = "URL", defaultValue = "http://127.0.0.1:3030",
            description = "The server (default: ${DEFAULT-VALUE}).")
    URI server;

    @Option(names = "--dataset", paramLabel = "NAME", defaultValue = "newskg", description = "Dataset (default: ${DEFAULT-VALUE}).")
    String dataset;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "The admin password (the file's first line); else $" + AdminPassword.ENV + ".")
    Path passwordFile;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String password = passwordFile != null ? AdminPassword.firstLine(passwordFile) : System.getenv(AdminPassword.ENV);
        if (password == null || password.isBlank()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "no admin password: give --password-file or set " + AdminPassword.ENV);
        }
        String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        var err = spec.commandLine().getErr();
        int code = 0;
        for (SourceFile file : Inputs.sources(inputs)) {
            String name = file.key();
            URI target = server.resolve("/$/" + dataset + "/load?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(target).header("Authorization", auth)
                    .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofFile(file.path())).build(),
                    HttpResponse.BodyHandlers.ofString());
            err.println("newskg: " + name + ": HTTP " + r.statusCode() + " " + r.body().replaceAll("\\s+", " ").strip());
            if (r.statusCode() == 401) return 1; // the same password would fail for every file
            if (r.statusCode() != 200) code = 1;
        }
        err.flush();
        return code;
    }
}
