using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;
using Ladder.Web.Export;

namespace Ladder;

/// <summary>
/// Runs <c>ladder build</c> in a child process with tiered compilation off. The runtime's defaults suit
/// <c>ladder serve</c>: code starts unoptimised and is recompiled optimised once it is hot. A build renders 17,000
/// pages in a few seconds and exits, so it spends that time in slow first-tier code and recompiling: with every method
/// compiled optimised once, the whole build takes about 40% less CPU (bench/web/build-vs-hugo.sh). The runtime reads this setting only
/// at start-up, hence the second process; it writes the same files (StaticExportTests compares them byte for byte).
/// </summary>
internal static class BatchRelaunch
{
    /// <summary>Set in the child, and respected when set by the user: either way the process runs the command itself.</summary>
    public const string Variable = "DOTNET_TieredCompilation";

    /// <summary>Whether <paramref name="args"/> are a valid <c>ladder build</c> command line (global options may come first).</summary>
    internal static bool IsBuild(string[] args)
    {
        var parse = LadderCli.BuildRoot().Parse(args);
        return parse.Errors.Count == 0 && parse.CommandResult.Command.Name == BuildCommand.Name;
    }

    /// <summary>The child's exit code when <paramref name="args"/> is a build to relaunch, else null (run it here).</summary>
    public static int? Run(string[] args)
    {
        if (Environment.GetEnvironmentVariable(Variable) is not null || Environment.ProcessPath is not { } host || !IsBuild(args)) return null;

        var start = new ProcessStartInfo(host) { UseShellExecute = false };
        // Under the `dotnet` host the entry assembly is an argument; an apphost or single-file app is the program itself.
        if (Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            if (Assembly.GetEntryAssembly()?.Location is not { Length: > 0 } entry) return null;
            start.ArgumentList.Add(entry);
        }
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment[Variable] = "0";

        using var child = Process.Start(start);
        if (child is null) return null;
        // Ctrl+C reaches the whole process group: the child stops itself, and this process waits to pass on its exit code.
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context => context.Cancel = true);
        // A SIGTERM sent to this process alone must not leave the child writing.
        using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            try { child.Kill(); } catch (InvalidOperationException) { /* already exited */ }
        });
        child.WaitForExit();
        return child.ExitCode;
    }
}
