using BenchmarkDotNet.Running;
using Ladder.Benchmarks;

// "search-figures" prints the title-search percentiles and throughput; anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "search-figures") return SearchFigures.Run();
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
