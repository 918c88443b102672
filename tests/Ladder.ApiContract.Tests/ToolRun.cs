using System.Diagnostics;
using System.Text;

namespace Ladder.ApiContract.Tests;

/// <summary>Runs a command line tool (dotnet, kiota, npm, redocly) to completion and keeps everything it printed.</summary>
internal sealed record ToolRun(int ExitCode, string Output, string StandardOutput)
{
    public static readonly string Dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    public static async Task<ToolRun> RunAsync(string file, IEnumerable<string> args, string workingDirectory, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        // `dotnet test` leaks its MSBuild settings into child processes; a nested build must find its own.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
            start.Environment.Remove(name);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["KIOTA_TUTORIAL_ENABLED"] = "false";
        start.Environment["NO_UPDATE_NOTIFIER"] = "1";
        var output = new StringBuilder();
        var stdout = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) { output.AppendLine(e.Data); stdout.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', args)} ran longer than {timeout}:\n{output}");
        }
        process.WaitForExit(); // drains the output handlers
        lock (output) return new ToolRun(process.ExitCode, output.ToString(), stdout.ToString());
    }

    public ToolRun Succeeded(string what) =>
        ExitCode == 0 ? this : throw new Xunit.Sdk.XunitException($"{what} exited with {ExitCode}:\n{Output}");
}
