using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Ladder.Tests.Applications;

/// <summary>
/// <c>ladder serve</c> as a child process: the built executable that ships, so a crash test can SIGKILL a real server.
/// </summary>
public sealed class LadderServeProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private LadderServeProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public string Output { get { lock (_output) return _output.ToString(); } }

    public static LadderServeProcess Start(string catalogPath, IDictionary<string, string> environment, params string[] extraArgs)
    {
        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port}");
        var apphost = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "ladder.exe" : "ladder");
        var start = File.Exists(apphost)
            ? new ProcessStartInfo(apphost)
            : new ProcessStartInfo("dotnet") { ArgumentList = { Path.Combine(AppContext.BaseDirectory, "ladder.dll") } };
        foreach (var arg in (string[])["serve", "--db", catalogPath, "--urls", address.ToString().TrimEnd('/'), .. extraArgs]) start.ArgumentList.Add(arg);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Ladder__Applications__SubmissionsPerMinute"] = "1000000";
        foreach (var (key, value) in environment) start.Environment[key] = value;
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName}.");
        var server = new LadderServeProcess(process, address);
        process.OutputDataReceived += (_, e) => server.Append(e.Data);
        process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return server;
    }

    public async Task WaitUntilReadyAsync()
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException($"ladder serve exited with {_process.ExitCode}:\n{Output}");
            try
            {
                using var response = await client.GetAsync("/healthz");
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(100);
        }
        throw new TimeoutException($"ladder serve did not answer /healthz within 90 s:\n{Output}");
    }

    /// <summary>SIGKILL on Unix: no shutdown handlers, no flushing, exactly like a power cut to the process.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited) Kill();
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
