using Microsoft.Kiota.Abstractions;

namespace Ladder.ApiClientConsumer;

/// <summary>Assertions for a console consumer: a failed one throws, and the process exits non-zero with its message.</summary>
internal static class Check
{
    public static void That(bool condition, string what)
    {
        if (!condition) throw new InvalidOperationException($"FAILED {what}");
    }

    public static T Present<T>(T? value, string what) where T : class =>
        value ?? throw new InvalidOperationException($"FAILED {what}: no value");

    public static void Ok(string operationId, string detail) => Console.WriteLine($"ok {operationId}: {detail}");

    /// <summary>The call must fail with the generated error type for this status, not a generic ApiException.</summary>
    public static async Task ProblemAsync<TProblem>(Func<Task> call, int status, Func<TProblem, bool> expected) where TProblem : ApiException
    {
        try
        {
            await call();
        }
        catch (TProblem problem)
        {
            That(problem.ResponseStatusCode == status, $"problem-{status}: status {problem.ResponseStatusCode}");
            That(expected(problem), $"problem-{status}: the {typeof(TProblem).Name} fields");
            Ok($"problem-{status}", $"{typeof(TProblem).Name}");
            return;
        }
        catch (ApiException other)
        {
            throw new InvalidOperationException($"FAILED problem-{status}: got {other.GetType().Name} ({other.ResponseStatusCode}): {other.Message}");
        }
        throw new InvalidOperationException($"FAILED problem-{status}: the call succeeded");
    }
}
